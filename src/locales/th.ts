// Thai
import { addLanguage } from '../element/locale-table.js';

addLanguage('th', {
  label: 'ออกจากระบบ',
  busy: 'กำลังออกจากระบบ…',
  success: 'ออกจากระบบแล้ว',
  failure: 'ออกจากระบบไม่สำเร็จ',
  unconfirmed: 'ออกจากระบบในอุปกรณ์นี้แล้ว แต่เซิร์ฟเวอร์ไม่ได้ยืนยัน',
});
