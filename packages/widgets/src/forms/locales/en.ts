/**
 * English words every widget's forms share: the required / optional markers, the error summary,
 * and what each of the contract's field-error codes means (`FieldErrorCode`). The shape is
 * `FormMessages`: a code the contract adds is a type error in every locale until it is said.
 * A widget's own locales spread these in and add their own (a field's words, a refusal's).
 */
import type { FieldErrorCode } from '@atelier/client/contract';

export interface FormMessages {
  /** After a required field's label, in words. */
  required: string;
  /** After an optional field's label, in words. */
  optional: string;
  /** Between a field's label and its error in the error summary: typography differs (French `\u202f: `, CJK `：`). */
  labelSeparator: string;
  errorSummaryTitle: (count: number) => string;
  fieldErrors: Record<FieldErrorCode, string>;
}

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = 'This value is not valid.';

const en = {
  required: '(required)',
  optional: '(optional)',
  labelSeparator: ': ',
  errorSummaryTitle: (count: number) => (count === 1 ? 'Please correct 1 field:' : `Please correct ${count} fields:`),
  fieldErrors: {
    required: 'This field is required.',
    invalid_type: notValid,
    invalid_format: 'This value is not in the expected format.',
    invalid_value: notValid,
    too_short: 'This value is too short.',
    too_long: 'This value is too long.',
    too_small: 'This number is too small.',
    too_large: 'This number is too large.',
    unknown_field: 'This field is not expected.',
  },
} satisfies FormMessages;

export default en;
