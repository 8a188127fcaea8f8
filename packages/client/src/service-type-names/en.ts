/** English names of the service types. */
import type { ServiceTypeNames } from './index.ts';

const english: ServiceTypeNames = {
  full_service: 'Full service',
  partial_service: 'Partial service',
  battery: 'Battery replacement',
  water_resistance_test: 'Water-resistance test',
  polishing: 'Polishing',
  bracelet_strap: 'Bracelet or strap',
  strap_and_bracelet: 'Strap and bracelet',
  crystal: 'Crystal replacement',
  malfunction_repair: 'Malfunction repair',
  restoration: 'Restoration',
  cleaning: 'Cleaning',
  resizing: 'Resizing',
  restringing: 'Restringing',
  stone_setting: 'Stone setting',
};

export default english;
