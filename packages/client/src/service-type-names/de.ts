/**
 * German names of the service types. German calls a strap and a bracelet
 * both “Armband”, so `bracelet_strap` and `strap_and_bracelet`
 * share one name here.
 */
import type { ServiceTypeNames } from './index.ts';

const german: ServiceTypeNames = {
  full_service: 'Vollrevision',
  partial_service: 'Teilrevision',
  battery: 'Batteriewechsel',
  water_resistance_test: 'Wasserdichtigkeitsprüfung',
  polishing: 'Politur',
  bracelet_strap: 'Armband',
  strap_and_bracelet: 'Armband',
  crystal: 'Glasersatz',
  malfunction_repair: 'Reparatur einer Funktionsstörung',
  restoration: 'Restaurierung',
  cleaning: 'Reinigung',
  resizing: 'Größenanpassung',
  restringing: 'Neu aufreihen',
  stone_setting: 'Steinfassung',
};

export default german;
