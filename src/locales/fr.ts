// French
import { addLanguage } from '../element/locale-table.js';

addLanguage('fr', {
  label: 'Se déconnecter',
  busy: 'Déconnexion…',
  success: 'Déconnexion réussie',
  failure: 'Échec de la déconnexion',
  unconfirmed: 'Déconnecté sur cet appareil ; le serveur ne l’a pas confirmé',
});
