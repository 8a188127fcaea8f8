/** npm entry: every widget, registered, with its types. Import one component's module instead to load only that widget. */
export { AtelierElement } from './base/atelier-element.ts';
export type { ClientAttributes, Theme } from './base/atelier-element.ts';
export { defineElement } from './base/define.ts';
export type { AtelierEventDetails, AtelierEventMap, AtelierEventName } from './base/events.ts';
export { widgetsVersion } from './base/version.ts';
export { AtelierWarrantyActivation, warrantyActivationTag } from './components/warranty-activation/warranty-activation.ts';
export type { WarrantyActivationClient } from './components/warranty-activation/warranty-activation-client.ts';
export { AtelierProvenance, provenanceTag } from './components/provenance/provenance.ts';
export type { ProvenanceClient } from './components/provenance/provenance-client.ts';
export { AtelierRepairBooking, repairBookingTag } from './components/repair-booking/repair-booking.ts';
export type { RepairBookedDetail } from './components/repair-booking/repair-booking.ts';
export type { RepairBookingClient } from './components/repair-booking/repair-booking-client.ts';
export { AtelierServiceTracker, serviceTrackerTag } from './components/service-tracker/service-tracker.ts';
export type { ServiceTrackerClient } from './components/service-tracker/service-tracker-client.ts';
export { AtelierOwnerPortal, ownerPortalTag } from './components/owner-portal/owner-portal.ts';
export type { OwnerPortalClient } from './components/owner-portal/owner-portal-client.ts';
export { setAtelierMessages } from './messages.ts';
export type { AtelierMessages, AtelierWidgetMessages, LocalizedMessageOverrides, MessageOverride } from './messages.ts';
