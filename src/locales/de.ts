// German
import { addLanguage } from '../element/locale-table.js';

addLanguage('de', {
  label: 'Abmelden',
  busy: 'Wird abgemeldet…',
  success: 'Abgemeldet',
  failure: 'Abmeldung fehlgeschlagen',
  unconfirmed: 'Auf diesem Gerät abgemeldet; der Server hat es nicht bestätigt',
});
