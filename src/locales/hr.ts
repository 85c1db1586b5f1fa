// Croatian
import { addLanguage } from '../element/locale-table.js';

addLanguage('hr', {
  label: 'Odjava',
  busy: 'Odjavljivanje…',
  success: 'Odjavljeni ste',
  failure: 'Odjava nije uspjela',
  unconfirmed: 'Odjavljeni ste na ovom uređaju; poslužitelj to nije potvrdio',
});
