/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = '此值无效。';

const zhHans: FormMessages = {
  required: '（必填）',
  optional: '（选填）',
  labelSeparator: '：',
  errorSummaryTitle: (count: number) => `请更正 ${count} 个字段：`,
  fieldErrors: {
    required: '此字段为必填项。',
    invalid_type: notValid,
    invalid_format: '此值的格式不正确。',
    invalid_value: notValid,
    too_short: '此值太短。',
    too_long: '此值太长。',
    too_small: '数值太小。',
    too_large: '数值太大。',
    unknown_field: '不接受此字段。',
  },
};

export default zhHans;
