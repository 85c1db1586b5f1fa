// Japanese
import { addLanguage } from '../element/locale-table.js';

addLanguage('ja', {
  label: 'ログアウト',
  busy: 'ログアウトしています…',
  success: 'ログアウトしました',
  failure: 'ログアウトできませんでした',
  unconfirmed: 'この端末ではログアウトしました（サーバーの確認はありません）',
});
