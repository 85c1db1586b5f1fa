// Chinese (Traditional, Taiwan)
import { addLanguage } from '../element/locale-table.js';

addLanguage('zh-tw zh-hant', {
  label: '登出',
  busy: '正在登出…',
  success: '已登出',
  failure: '登出失敗',
  unconfirmed: '已在此裝置上登出；伺服器未確認',
});
