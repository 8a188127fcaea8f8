/**
 * French names of the service types. French calls a leather strap and a metal
 * bracelet both “bracelet”, so `bracelet_strap` and `strap_and_bracelet`
 * share one name here.
 */
import type { ServiceTypeNames } from './index.ts';

const french: ServiceTypeNames = {
  full_service: 'Révision complète',
  partial_service: 'Révision partielle',
  battery: 'Remplacement de la pile',
  water_resistance_test: 'Contrôle d’étanchéité',
  polishing: 'Polissage',
  bracelet_strap: 'Bracelet',
  strap_and_bracelet: 'Bracelet',
  crystal: 'Remplacement du verre',
  malfunction_repair: 'Réparation d’un dysfonctionnement',
  restoration: 'Restauration',
  cleaning: 'Nettoyage',
  resizing: 'Mise à taille',
  restringing: 'Renfilage',
  stone_setting: 'Sertissage',
};

export default french;
