// Croatian
import { addLanguage } from '../core/locale-table.js';

addLanguage('hr', {
  label: 'Odjava',
  busy: 'Odjavljivanje…',
  success: 'Odjavljeni ste',
  failure: 'Odjava nije uspjela',
});
