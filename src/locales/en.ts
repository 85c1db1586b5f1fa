// English: built into the element; this module only lists it with the others.
import { addLanguage, EN } from '../element/locale-table.js';

addLanguage('en', EN);
