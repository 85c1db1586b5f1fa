// Serbian (Cyrillic)
import { addLanguage } from '../element/locale-table.js';

addLanguage('sr', {
  label: 'Одјава',
  busy: 'Одјављивање…',
  success: 'Одјављени сте',
  failure: 'Одјава није успела',
  unconfirmed: 'Одјављени сте на овом уређају; сервер то није потврдио',
});
