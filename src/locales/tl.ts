// Tagalog (Filipino)
import { addLanguage } from '../element/locale-table.js';

addLanguage('tl fil', {
  label: 'Mag-log out',
  busy: 'Nagla-log out…',
  success: 'Naka-log out ka na',
  failure: 'Hindi nakapag-log out',
  unconfirmed: 'Naka-sign out sa device na ito; hindi ito kinumpirma ng server',
});
