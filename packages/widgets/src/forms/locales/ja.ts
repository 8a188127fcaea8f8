/** The forms' shared words (see en.ts). */
import type { FormMessages } from './en.ts';

/** `invalid_type` (a value of another kind, which no form lets a person type) reads as `invalid_value`. */
const notValid = '値が正しくありません。';

const ja: FormMessages = {
  required: '（必須）',
  optional: '（任意）',
  labelSeparator: '：',
  errorSummaryTitle: (count: number) => `${count} 件の項目を修正してください：`,
  fieldErrors: {
    required: 'この項目は必須です。',
    invalid_type: notValid,
    invalid_format: '形式が正しくありません。',
    invalid_value: notValid,
    too_short: '短すぎます。',
    too_long: '長すぎます。',
    too_small: '数値が小さすぎます。',
    too_large: '数値が大きすぎます。',
    unknown_field: 'この項目は使用できません。',
  },
};

export default ja;
