// Spanish
import { addLanguage } from '../element/locale-table.js';

addLanguage('es', {
  label: 'Cerrar sesión',
  busy: 'Cerrando sesión…',
  success: 'Sesión cerrada',
  failure: 'No se pudo cerrar la sesión',
  unconfirmed: 'Sesión cerrada en este dispositivo; el servidor no lo ha confirmado',
});
