// Hebrew
import { addLanguage } from '../core/locale-table.js';

addLanguage('he iw', {
  label: 'התנתקות',
  busy: 'מתבצעת התנתקות…',
  success: 'ההתנתקות הושלמה',
  failure: 'ההתנתקות נכשלה',
  rtl: true,
});
