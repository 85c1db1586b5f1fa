// Dutch
import { addLanguage } from '../core/locale-table.js';

addLanguage('nl', {
  label: 'Uitloggen',
  busy: 'Bezig met uitloggen…',
  success: 'Uitgelogd',
  failure: 'Uitloggen mislukt',
});
