// Spanish (Mexico)
import { addLanguage } from '../core/locale-table.js';

addLanguage('es-mx', {
  label: 'Cerrar sesión',
  busy: 'Cerrando sesión…',
  success: 'Sesión cerrada',
  failure: 'No se pudo cerrar la sesión',
});
