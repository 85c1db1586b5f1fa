// Italian
import { addLanguage } from '../element/locale-table.js';

addLanguage('it', {
  label: 'Esci',
  busy: 'Disconnessione in corso…',
  success: 'Disconnessione effettuata',
  failure: 'Disconnessione non riuscita',
  unconfirmed: 'Disconnesso su questo dispositivo; il server non l’ha confermato',
});
