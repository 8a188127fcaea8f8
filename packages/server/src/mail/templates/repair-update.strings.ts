/**
 * What a locale must say in the e-mails that tell an owner about their repair. Values are plain
 * text, already formatted for the locale (dates, money); the template escapes them.
 */
import type { ServiceTypeNames } from '@atelier/client/service-type-names';

/** The changes of a repair its owner is told of (see features/repairs/notifications.ts for which, and why). */
export const repairNoticeKinds = ['booked', 'received', 'awaiting_approval', 'approved', 'declined', 'ready', 'returned', 'cancelled'] as const;
export type RepairNoticeKind = (typeof repairNoticeKinds)[number];

interface Reference {
  serviceName: string;
  modelName: string;
  serial: string;
  trackingCode: string;
}

export interface RepairUpdateStrings {
  serviceTypes: ServiceTypeNames;
  subject: Record<RepairNoticeKind, (values: { brandName: string; modelName: string; trackingCode: string }) => string>;
  greeting(values: { name: string }): string;
  /** For a contact who is not the piece's registered owner: their name is whatever the person booking typed. */
  greetingWithoutName: string;
  /** Which repair the message is about. */
  reference(values: Reference): string;
  booked: {
    intro: string;
    /** `when` is the slot in the centre's local time, already formatted. */
    slot(values: { when: string; centreName: string; address: string }): string;
    /** Followed by the centre's own instructions, verbatim. */
    mailIn(values: { centreName: string }): string;
    next: string;
  };
  received(values: { promisedDate: string }): string;
  awaitingApproval: {
    intro: string;
    /** A line the warranty covers: what it says in place of a price. */
    covered: string;
    total(values: { total: string }): string;
    validUntil(values: { date: string }): string;
    decide: string;
  };
  approved: string;
  declined: string;
  ready: {
    collect(values: { centreName: string; address: string }): string;
    shipping: string;
    /** A piece left at a retailer's counter goes back there. */
    collectAtRetailer(values: { retailerName: string; city: string }): string;
  };
  returned: {
    intro: string;
    warrantyExtended(values: { date: string }): string;
    rate: string;
  };
  cancelled: string;
  /** The tracker button. */
  trackerAction: string;
  /** Under the button: what the link does, and that it is personal. */
  trackerNote: string;
  /**
   * The one e-mail a contact typed at a retailer's counter gets before confirming the address
   * (features/repairs/contact-confirmation.ts): no greeting by name, no piece, no serial.
   */
  contactConfirmation: {
    subject(values: { brandName: string }): string;
    intro(values: { brandName: string; retailerName: string; city: string }): string;
    ask: string;
    /** The button. */
    action: string;
    /** Under the button: what it does, and what to do when the e-mail is not yours. */
    note: string;
  };
  signOff(values: { brandName: string }): string;
}
