// Romanian
import { addLanguage } from '../element/locale-table.js';

addLanguage('ro', {
  label: 'Deconectare',
  busy: 'Se deconectează…',
  success: 'V-ați deconectat',
  failure: 'Deconectarea a eșuat',
  unconfirmed: 'Deconectat pe acest dispozitiv; serverul nu a confirmat',
});
