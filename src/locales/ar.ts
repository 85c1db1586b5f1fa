// Arabic
import { addLanguage } from '../element/locale-table.js';

addLanguage('ar', {
  label: 'تسجيل الخروج',
  busy: 'جارٍ تسجيل الخروج…',
  success: 'تم تسجيل الخروج',
  failure: 'تعذّر تسجيل الخروج',
  unconfirmed: 'تم تسجيل الخروج على هذا الجهاز؛ لم يؤكده الخادم',
  rtl: true,
});
