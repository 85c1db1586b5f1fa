// Norwegian
import { addLanguage } from '../element/locale-table.js';

addLanguage('no nb nn', {
  label: 'Logg ut',
  busy: 'Logger ut…',
  success: 'Du er logget ut',
  failure: 'Kunne ikke logge ut',
  unconfirmed: 'Logget ut på denne enheten; serveren bekreftet det ikke',
});
