// Hungarian
import { addLanguage } from '../element/locale-table.js';

addLanguage('hu', {
  label: 'Kijelentkezés',
  busy: 'Kijelentkezés folyamatban…',
  success: 'Sikeres kijelentkezés',
  failure: 'A kijelentkezés nem sikerült',
  unconfirmed: 'Kijelentkezve ezen az eszközön; a szerver nem erősítette meg',
});
