/** Registers <atelier-owner-portal>; importing this module is all a page needs. */
import { defineElement } from '../../base/define.ts';
import { AtelierOwnerPortal } from './owner-portal.component.ts';

export { AtelierOwnerPortal };
export const ownerPortalTag = 'atelier-owner-portal';

defineElement(ownerPortalTag, AtelierOwnerPortal);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-owner-portal': AtelierOwnerPortal;
  }
}
