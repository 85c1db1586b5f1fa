// Hebrew
import { addLanguage } from '../element/locale-table.js';

addLanguage('he iw', {
  label: 'התנתקות',
  busy: 'מתבצעת התנתקות…',
  success: 'ההתנתקות הושלמה',
  failure: 'ההתנתקות נכשלה',
  unconfirmed: 'התנתקת במכשיר זה; השרת לא אישר זאת',
  rtl: true,
});
