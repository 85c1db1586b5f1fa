// Portuguese (Portugal)
import { addLanguage } from '../element/locale-table.js';

addLanguage('pt', {
  label: 'Terminar sessão',
  busy: 'A terminar sessão…',
  success: 'Sessão terminada',
  failure: 'Não foi possível terminar a sessão',
  unconfirmed: 'Sessão terminada neste dispositivo; o servidor não o confirmou',
});
