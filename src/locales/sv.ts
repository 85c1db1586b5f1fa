// Swedish
import { addLanguage } from '../element/locale-table.js';

addLanguage('sv', {
  label: 'Logga ut',
  busy: 'Loggar ut…',
  success: 'Du är utloggad',
  failure: 'Det gick inte att logga ut',
  unconfirmed: 'Utloggad på den här enheten; servern bekräftade det inte',
});
