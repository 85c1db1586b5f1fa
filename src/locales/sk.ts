// Slovak
import { addLanguage } from '../core/locale-table.js';

addLanguage('sk', {
  label: 'Odhlásiť sa',
  busy: 'Odhlasovanie…',
  success: 'Odhlásené',
  failure: 'Odhlásenie zlyhalo',
  unconfirmed: 'Odhlásené na tomto zariadení; server to nepotvrdil',
});
