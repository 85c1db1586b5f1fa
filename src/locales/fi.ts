// Finnish
import { addLanguage } from '../core/locale-table.js';

addLanguage('fi', {
  label: 'Kirjaudu ulos',
  busy: 'Kirjaudutaan ulos…',
  success: 'Olet kirjautunut ulos',
  failure: 'Uloskirjautuminen epäonnistui',
  unconfirmed: 'Kirjauduttu ulos tällä laitteella; palvelin ei vahvistanut sitä',
});
