/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = '此值無效。';

const zhHant: FormMessages = {
  required: '（必填）',
  optional: '（選填）',
  labelSeparator: '：',
  errorSummaryTitle: (count: number) => `請修正 ${count} 個欄位：`,
  fieldErrors: {
    required: '此欄位為必填。',
    invalid_type: notValid,
    invalid_format: '此值的格式不正確。',
    invalid_value: notValid,
    too_short: '此值太短。',
    too_long: '此值太長。',
    too_small: '數值太小。',
    too_large: '數值太大。',
    unknown_field: '不接受此欄位。',
  },
};

export default zhHant;
