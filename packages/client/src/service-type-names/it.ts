/** Italian names of the service types. */
import type { ServiceTypeNames } from './index.ts';

const italian: ServiceTypeNames = {
  full_service: 'Revisione completa',
  partial_service: 'Revisione parziale',
  battery: 'Sostituzione della pila',
  water_resistance_test: 'Prova di impermeabilità',
  polishing: 'Lucidatura',
  bracelet_strap: 'Bracciale o cinturino',
  strap_and_bracelet: 'Cinturino e bracciale',
  crystal: 'Sostituzione del vetro',
  malfunction_repair: 'Riparazione di un malfunzionamento',
  restoration: 'Restauro',
  cleaning: 'Pulizia',
  resizing: 'Ridimensionamento',
  restringing: 'Reinfilatura',
  stone_setting: 'Incastonatura',
};

export default italian;
