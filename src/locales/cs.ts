// Czech
import { addLanguage } from '../element/locale-table.js';

addLanguage('cs', {
  label: 'Odhlásit se',
  busy: 'Odhlašování…',
  success: 'Odhlášeno',
  failure: 'Odhlášení se nezdařilo',
  unconfirmed: 'Odhlášeno na tomto zařízení; server to nepotvrdil',
});
