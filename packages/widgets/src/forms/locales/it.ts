/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = 'Questo valore non è valido.';

const it: FormMessages = {
  required: '(obbligatorio)',
  optional: '(facoltativo)',
  labelSeparator: ': ',
  errorSummaryTitle: (count: number) => (count === 1 ? 'Correggi 1 campo:' : `Correggi ${count} campi:`),
  fieldErrors: {
    required: 'Questo campo è obbligatorio.',
    invalid_type: notValid,
    invalid_format: 'Questo valore non è nel formato previsto.',
    invalid_value: notValid,
    too_short: 'Questo valore è troppo corto.',
    too_long: 'Questo valore è troppo lungo.',
    too_small: 'Questo numero è troppo piccolo.',
    too_large: 'Questo numero è troppo grande.',
    unknown_field: 'Questo campo non è previsto.',
  },
};

export default it;
