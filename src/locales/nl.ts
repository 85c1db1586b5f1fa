// Dutch
import { addLanguage } from '../element/locale-table.js';

addLanguage('nl', {
  label: 'Uitloggen',
  busy: 'Bezig met uitloggen…',
  success: 'Uitgelogd',
  failure: 'Uitloggen mislukt',
  unconfirmed: 'Afgemeld op dit apparaat; de server heeft het niet bevestigd',
});
