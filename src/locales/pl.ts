// Polish
import { addLanguage } from '../element/locale-table.js';

addLanguage('pl', {
  label: 'Wyloguj się',
  busy: 'Wylogowywanie…',
  success: 'Wylogowano',
  failure: 'Nie udało się wylogować',
  unconfirmed: 'Wylogowano na tym urządzeniu; serwer tego nie potwierdził',
});
