// Turkish
import { addLanguage } from '../element/locale-table.js';

addLanguage('tr', {
  label: 'Çıkış yap',
  busy: 'Çıkış yapılıyor…',
  success: 'Çıkış yapıldı',
  failure: 'Çıkış yapılamadı',
  unconfirmed: 'Bu cihazda oturum kapatıldı; sunucu bunu onaylamadı',
});
