// Greek
import { addLanguage } from '../element/locale-table.js';

addLanguage('el', {
  label: 'Αποσύνδεση',
  busy: 'Γίνεται αποσύνδεση…',
  success: 'Αποσυνδεθήκατε',
  failure: 'Η αποσύνδεση απέτυχε',
  unconfirmed: 'Αποσυνδεθήκατε σε αυτή τη συσκευή· ο διακομιστής δεν το επιβεβαίωσε',
});
