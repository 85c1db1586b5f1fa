// Korean
import { addLanguage } from '../element/locale-table.js';

addLanguage('ko', {
  label: '로그아웃',
  busy: '로그아웃하는 중…',
  success: '로그아웃되었습니다',
  failure: '로그아웃하지 못했습니다',
  unconfirmed: '이 기기에서 로그아웃되었습니다. 서버에서 확인되지 않았습니다',
});
