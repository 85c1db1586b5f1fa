// German
import { addLanguage } from '../core/locale-table.js';

addLanguage('de', {
  label: 'Abmelden',
  busy: 'Wird abgemeldet…',
  success: 'Abgemeldet',
  failure: 'Abmeldung fehlgeschlagen',
});
