// Chinese (Simplified)
import { addLanguage } from '../element/locale-table.js';

addLanguage('zh-cn zh zh-hans', {
  label: '退出登录',
  busy: '正在退出登录…',
  success: '已退出登录',
  failure: '退出登录失败',
  unconfirmed: '已在此设备上退出；服务器未确认',
});
