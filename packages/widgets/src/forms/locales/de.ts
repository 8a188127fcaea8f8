/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = 'Dieser Wert ist ungültig.';

const de: FormMessages = {
  required: '(Pflichtfeld)',
  optional: '(optional)',
  labelSeparator: ': ',
  errorSummaryTitle: (count: number) => (count === 1 ? 'Bitte korrigieren Sie 1 Feld:' : `Bitte korrigieren Sie ${count} Felder:`),
  fieldErrors: {
    required: 'Dieses Feld ist erforderlich.',
    invalid_type: notValid,
    invalid_format: 'Dieser Wert hat nicht das erwartete Format.',
    invalid_value: notValid,
    too_short: 'Dieser Wert ist zu kurz.',
    too_long: 'Dieser Wert ist zu lang.',
    too_small: 'Diese Zahl ist zu klein.',
    too_large: 'Diese Zahl ist zu groß.',
    unknown_field: 'Dieses Feld wird nicht erwartet.',
  },
};

export default de;
