/**
 * Names of the services a piece's history records. A service centre offers whatever service
 * types the brand configured (`ServiceRequest.serviceType` is free text), so the widget names the
 * types brands use today and shows any other code in words rather than as a raw identifier.
 */

/** Watch services, then jewellery services, as service centres record them. */
export const knownServiceTypes = [
  'full_service',
  'partial_service',
  'battery',
  'water_resistance_test',
  'polishing',
  'bracelet_strap',
  'strap_and_bracelet',
  'crystal',
  'malfunction_repair',
  'restoration',
  'cleaning',
  'resizing',
  'restringing',
  'stone_setting',
] as const;

export type KnownServiceType = (typeof knownServiceTypes)[number];

/** `water_resistance_test` → `Water resistance test`: readable, if only in the code's own words. */
function humanizeCode(code: string): string {
  const words = code.replaceAll(/[_-]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/** The localized name of a service type, or the code in words when the catalog has no name for it. */
export function serviceTypeName(names: Readonly<Record<KnownServiceType, string>>, code: string): string {
  return Object.hasOwn(names, code) ? names[code as KnownServiceType] : humanizeCode(code);
}
