/** Registers <atelier-provenance>; importing this module is all a page needs. */
import { defineElement } from '../../base/define.ts';
import { AtelierProvenance } from './provenance.component.ts';

export { AtelierProvenance };
export const provenanceTag = 'atelier-provenance';

defineElement(provenanceTag, AtelierProvenance);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-provenance': AtelierProvenance;
  }
}
