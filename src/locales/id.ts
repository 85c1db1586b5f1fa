// Indonesian
import { addLanguage } from '../element/locale-table.js';

addLanguage('id', {
  label: 'Keluar',
  busy: 'Sedang keluar…',
  success: 'Anda telah keluar',
  failure: 'Gagal keluar',
  unconfirmed: 'Keluar di perangkat ini; server tidak mengonfirmasinya',
});
