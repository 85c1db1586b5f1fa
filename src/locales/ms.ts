// Malay
import { addLanguage } from '../element/locale-table.js';

addLanguage('ms', {
  label: 'Log keluar',
  busy: 'Sedang log keluar…',
  success: 'Anda telah log keluar',
  failure: 'Gagal log keluar',
  unconfirmed: 'Dilog keluar pada peranti ini; pelayan tidak mengesahkannya',
});
