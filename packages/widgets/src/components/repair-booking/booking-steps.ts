/**
 * The steps of a booking, the fields each one owns (by their path in the contract's
 * RepairBookingRequest), and how the form's values become that request. One home for both, so the
 * step a server error sends the person back to is the step that shows the field.
 */
import type { Locale, RepairBookingRequest } from '@atelier/client/contract';
import type { FormValues } from '../../forms/form-controller.ts';

export const bookingSteps = ['piece', 'service', 'centre', 'contact', 'review'] as const;
export type BookingStep = (typeof bookingSteps)[number];

/** The drop-off choice for a boutique appointment; the other is `mail_in`. */
export const slotDropOff = 'slot';
export const mailInDropOff = 'mail_in';

export const fieldsOfStep: Record<BookingStep, readonly string[]> = {
  piece: ['serial'],
  service: ['serviceType', 'description'],
  centre: ['serviceCentreId', 'dropOff', 'dropOff.method', 'dropOff.slotId'],
  contact: ['contact.name', 'contact.email', 'contact.language'],
  review: [],
};

/** Refusals about one input that the server may answer without naming a field. */
export const fieldOfDomainCode: Readonly<Record<string, string>> = {
  unknown_serial: 'serial',
  service_not_offered: 'serviceType',
  unknown_service_centre: 'serviceCentreId',
  unknown_slot: 'dropOff.slotId',
  slot_full: 'dropOff.slotId',
};

/** The step that shows `path`; a path no step owns (a server surprise) is shown on the review. */
export function stepOfField(path: string): BookingStep {
  return bookingSteps.find((step) => fieldsOfStep[step].includes(path)) ?? 'review';
}

function optionalText(values: FormValues, path: string): string | undefined {
  const value = values[path];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Empty inputs become `undefined`, so the contract answers "required" and names the field. */
export function toBookingRequest(values: FormValues): RepairBookingRequest {
  return {
    serial: optionalText(values, 'serial') as string,
    serviceType: optionalText(values, 'serviceType') as string,
    description: optionalText(values, 'description') ?? '',
    serviceCentreId: optionalText(values, 'serviceCentreId') as string,
    dropOff:
      values['dropOff.method'] === mailInDropOff
        ? { method: mailInDropOff }
        : { method: slotDropOff, slotId: optionalText(values, 'dropOff.slotId') as string },
    contact: {
      name: optionalText(values, 'contact.name') as string,
      email: optionalText(values, 'contact.email') as string,
      language: optionalText(values, 'contact.language') as Locale,
    },
  };
}
