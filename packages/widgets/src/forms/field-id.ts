/** The id of the control of a field, from its dotted path (`owner.email` → `field-owner-email`): what labels and the error summary point at. */
export function fieldId(path: string): string {
  return `field-${path.replaceAll('.', '-')}`;
}
