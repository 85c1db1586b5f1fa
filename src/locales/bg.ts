// Bulgarian
import { addLanguage } from '../element/locale-table.js';

addLanguage('bg', {
  label: 'Изход',
  busy: 'Излизане…',
  success: 'Излязохте',
  failure: 'Излизането не бе успешно',
  unconfirmed: 'Излязохте на това устройство; сървърът не го потвърди',
});
