// Finnish
import { addLanguage } from '../element/locale-table.js';

addLanguage('fi', {
  label: 'Kirjaudu ulos',
  busy: 'Kirjaudutaan ulos…',
  success: 'Olet kirjautunut ulos',
  failure: 'Uloskirjautuminen epäonnistui',
  unconfirmed: 'Kirjauduttu ulos tällä laitteella; palvelin ei vahvistanut sitä',
});
