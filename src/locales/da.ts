// Danish
import { addLanguage } from '../element/locale-table.js';

addLanguage('da', {
  label: 'Log ud',
  busy: 'Logger ud…',
  success: 'Du er logget ud',
  failure: 'Kunne ikke logge ud',
  unconfirmed: 'Logget ud på denne enhed; serveren har ikke bekræftet det',
});
