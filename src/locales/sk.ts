// Slovak
import { addLanguage } from '../element/locale-table.js';

addLanguage('sk', {
  label: 'Odhlásiť sa',
  busy: 'Odhlasovanie…',
  success: 'Odhlásené',
  failure: 'Odhlásenie zlyhalo',
  unconfirmed: 'Odhlásené na tomto zariadení; server to nepotvrdil',
});
