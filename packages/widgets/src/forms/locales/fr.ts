/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = 'Cette valeur n’est pas valide.';

const fr: FormMessages = {
  required: '(obligatoire)',
  optional: '(facultatif)',
  labelSeparator: '\u202f: ',
  errorSummaryTitle: (count: number) => (count === 1 ? 'Veuillez corriger 1 champ\u202f:' : `Veuillez corriger ${count} champs\u202f:`),
  fieldErrors: {
    required: 'Ce champ est obligatoire.',
    invalid_type: notValid,
    invalid_format: 'Cette valeur n’est pas au format attendu.',
    invalid_value: notValid,
    too_short: 'Cette valeur est trop courte.',
    too_long: 'Cette valeur est trop longue.',
    too_small: 'Ce nombre est trop petit.',
    too_large: 'Ce nombre est trop grand.',
    unknown_field: 'Ce champ n’est pas attendu.',
  },
};

export default fr;
