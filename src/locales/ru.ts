// Russian
import { addLanguage } from '../element/locale-table.js';

addLanguage('ru', {
  label: 'Выйти',
  busy: 'Выход…',
  success: 'Вы вышли',
  failure: 'Не удалось выйти',
  unconfirmed: 'Выход выполнен на этом устройстве; сервер его не подтвердил',
});
