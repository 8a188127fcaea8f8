/** Registers <atelier-warranty-activation>; importing this module is all a page needs. */
import { defineElement } from '../../base/define.ts';
import { AtelierWarrantyActivation } from './warranty-activation.component.ts';

export { AtelierWarrantyActivation };
export const warrantyActivationTag = 'atelier-warranty-activation';

defineElement(warrantyActivationTag, AtelierWarrantyActivation);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-warranty-activation': AtelierWarrantyActivation;
  }
}
