// Korean
import { addLanguage } from '../core/locale-table.js';

addLanguage('ko', {
  label: '로그아웃',
  busy: '로그아웃하는 중…',
  success: '로그아웃되었습니다',
  failure: '로그아웃하지 못했습니다',
});
