/** English strings of the console: errors: problems, field errors and per-operation refusals. The reference shape for every locale. */
import type { FieldErrorCode, StockFileRefusal, StockLineRefusal } from '@atelier/client/contract';
import { waitDuration } from '../wait-duration.ts';

export const errorMessages = {
  errors: {
    offline: 'We could not reach the server: check your connection. What you typed is kept: try again once you are connected.',
    timeout: 'The server took too long to answer. What you typed is kept: please try again.',
    unexpected: 'Something went wrong on our side. What you typed is kept: please try again in a moment.',
    withRequestId: (message: string, requestId: string) => `${message} (Reference: ${requestId})`,
    signedOut: 'Your session has ended. Please sign in again.',
    forbidden: 'Your role does not allow this.',
    notFound: 'This was not found: it may have been removed in the meantime.',
    conflict: 'This changed in the meantime. Reload the page and try again.',
    rateLimited: (seconds: number | undefined) =>
      seconds === undefined ? 'Too many attempts. Please wait a moment and try again.' : `Too many attempts. Please try again in ${waitDuration(seconds, 'en')}.`,
    invalidForm: 'Some fields need your attention.',
    /** By the API's error code: words for the refusals a person can meet in the console. */
    byCode: {
      origin_not_allowed: 'This request did not come from the console’s own address. Open the console from its usual address and try again.',
      void_window_closed: 'It is too late to void this sale here. Ask the brand to correct it.',
      sale_not_voidable: 'This sale can no longer be voided: it was voided already, or the piece changed hands since.',
      care_reminder_not_draft: 'This reminder was sent or dropped in the meantime. Reload the page to see what became of it.',
    } as Partial<Record<string, string>>,
  },

  fieldErrors: {
    required: 'This field is required.',
    invalid_type: 'This value is not valid.',
    invalid_format: 'This value is not in the expected format.',
    invalid_value: 'This value is not valid.',
    too_short: 'This value is too short.',
    too_long: 'This value is too long.',
    too_small: 'This number is too small.',
    too_large: 'This number is too large.',
    unknown_field: 'This field is not expected.',
  } satisfies Record<FieldErrorCode, string>,
  /** Field errors that read better per field: an e-mail that is not one. */

  fieldErrorsByField: {
    email: { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    recipientEmail: { invalid_format: 'Enter an e-mail address such as name@example.com.' },
    serial: {
      unknown_serial: 'No piece of the brand has this serial. Check it against the card.',
      already_activated: 'This piece’s warranty is already registered.',
      item_unavailable: 'This piece cannot be registered here. Please contact the brand.',
    },
    purchaseDate: {
      purchase_date_in_future: 'The date of the sale cannot be in the future.',
      purchase_date_before_manufacture: 'This date is before the piece was made.',
    },
    kind: { invalid_value: 'Write delivery or return.' },
    date: { invalid_format: 'Write the date as YYYY-MM-DD, e.g. 2026-11-02.' },
    retainUntil: { invalid_value: 'Pick a day from today to ten years ahead.' },
  } as Record<string, Partial<Record<string, string>>>,
  /** Field error codes particular to some operations (a stock line's refusals): a missing one fails typecheck. */

  operationFieldErrors: {
    unknown_retailer: 'No retailer of the brand has this id.',
    unknown_serial: 'No piece of the brand has this serial.',
    item_sold: 'Sold: it cannot move in or out of stock.',
    item_unavailable: 'Reported stolen, lost or destroyed.',
    already_in_stock: 'Already in this retailer’s stock.',
    not_in_stock: 'Not in this retailer’s stock.',
    out_of_order: 'Dated before this piece’s last movement: record movements in the order they happened.',
    listed_twice: 'Listed twice.',
    unreadable_file: 'This file cannot be read as CSV (is a quote left open?).',
    unknown_column: 'The header names a column other than kind, serial, retailerId, date and reference, or one twice.',
    missing_column: 'The header must name the columns kind, serial, retailerId and date.',
    no_lines: 'The file holds no line under its header.',
    too_many_lines: 'The file holds more than 5,000 lines: split it.',
    wrong_field_count: 'This line has more or fewer fields than the header names.',
  } satisfies Record<StockLineRefusal | StockFileRefusal | 'unknown_retailer', string>,
};

export type ErrorMessages = typeof errorMessages;
