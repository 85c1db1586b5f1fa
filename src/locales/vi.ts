// Vietnamese
import { addLanguage } from '../element/locale-table.js';

addLanguage('vi', {
  label: 'Đăng xuất',
  busy: 'Đang đăng xuất…',
  success: 'Đã đăng xuất',
  failure: 'Không thể đăng xuất',
  unconfirmed: 'Đã đăng xuất trên thiết bị này; máy chủ chưa xác nhận',
});
