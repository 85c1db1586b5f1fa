// Slovenian
import { addLanguage } from '../element/locale-table.js';

addLanguage('sl', {
  label: 'Odjava',
  busy: 'Odjavljanje…',
  success: 'Odjavljeni ste',
  failure: 'Odjava ni uspela',
  unconfirmed: 'Odjavljeni v tej napravi; strežnik tega ni potrdil',
});
