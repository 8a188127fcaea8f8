/** Digits after the decimal point of a currency's minor unit, as ISO 4217 says (EUR 2, JPY 0, BHD 3). Throws RangeError for an unknown code. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
