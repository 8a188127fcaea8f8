/** Registers <atelier-service-tracker>; importing this module is all a page needs. */
import { defineElement } from '../../base/define.ts';
import { AtelierServiceTracker } from './service-tracker.component.ts';

export { AtelierServiceTracker };
export const serviceTrackerTag = 'atelier-service-tracker';

defineElement(serviceTrackerTag, AtelierServiceTracker);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-service-tracker': AtelierServiceTracker;
  }
}
