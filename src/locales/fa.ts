// Persian
import { addLanguage } from '../element/locale-table.js';

addLanguage('fa', {
  label: 'خروج',
  busy: 'در حال خروج…',
  success: 'از حساب خارج شدید',
  failure: 'خروج انجام نشد',
  unconfirmed: 'در این دستگاه از حساب خارج شدید؛ سرور آن را تأیید نکرد',
  rtl: true,
});
