/** Registers <atelier-repair-booking>; importing this module is all a page needs. */
import { defineElement } from '../../base/define.ts';
import { AtelierRepairBooking } from './repair-booking.component.ts';

export { AtelierRepairBooking };
export type { RepairBookedDetail } from './repair-booking.component.ts';
export const repairBookingTag = 'atelier-repair-booking';

defineElement(repairBookingTag, AtelierRepairBooking);

declare global {
  interface HTMLElementTagNameMap {
    'atelier-repair-booking': AtelierRepairBooking;
  }
}
