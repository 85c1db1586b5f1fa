// Catalan
import { addLanguage } from '../element/locale-table.js';

addLanguage('ca', {
  label: 'Tanca la sessió',
  busy: 'S’està tancant la sessió…',
  success: 'Sessió tancada',
  failure: 'No s’ha pogut tancar la sessió',
  unconfirmed: 'Sessió tancada en aquest dispositiu; el servidor no ho ha confirmat',
});
