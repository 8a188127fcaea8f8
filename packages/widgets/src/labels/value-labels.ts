/**
 * Labels for values a newer server may add (a repair status, a provenance event type): a widget
 * deployed today shows such a value in words instead of failing or printing nothing.
 */
import type { OpenEnum } from '@atelier/client/contract';
import { codeInWords } from '@atelier/client/service-type-names';

/** The label of `code` from the table of known values, or the code in words (`picked_up` → `Picked up`). */
export function labelOf<Code extends string>(labels: Readonly<Record<Code, string>>, code: OpenEnum<Code>): string {
  // Own keys only, so a code such as `constructor` is not taken for a label.
  return Object.hasOwn(labels, code) ? labels[code as Code] : codeInWords(code);
}
