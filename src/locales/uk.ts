// Ukrainian
import { addLanguage } from '../element/locale-table.js';

addLanguage('uk', {
  label: 'Вийти',
  busy: 'Вихід…',
  success: 'Ви вийшли',
  failure: 'Не вдалося вийти',
  unconfirmed: 'Вихід виконано на цьому пристрої; сервер його не підтвердив',
});
