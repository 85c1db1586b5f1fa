// Portuguese (Brazil)
import { addLanguage } from '../element/locale-table.js';

addLanguage('pt-br', {
  label: 'Sair',
  busy: 'Saindo…',
  success: 'Você saiu',
  failure: 'Não foi possível sair',
  unconfirmed: 'Você saiu neste dispositivo; o servidor não confirmou',
});
