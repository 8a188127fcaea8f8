/**
 * The names of the service types brands use today, in every locale Atelier speaks, for the
 * widgets and the e-mails alike. A brand may declare any other code (`ServiceTypeCode` is free
 * within its pattern); `serviceTypeName` shows such a code in words rather than as an identifier.
 *
 * The names of each locale are their own module (`@atelier/client/service-type-names/fr`, …), so
 * a page that shows one language downloads only that language's names.
 */

/** Watch services, then jewellery services: the order a list of services is shown in. */
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

/** One locale's name for every known service type; a locale module that misses one does not compile. */
export type ServiceTypeNames = Readonly<Record<KnownServiceType, string>>;

/**
 * `water_resistance_test` → `Water resistance test`: readable, if only in the code's own words.
 * Also what a widget shows for a status or an event type added by a newer server.
 */
export function codeInWords(code: string): string {
  const words = code.replaceAll(/[_-]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

/**
 * The name of a service type in the locale of `names`, or the code in words when it is not a
 * known type. Only the table's own keys count, so a code such as `constructor` is not mistaken
 * for a name inherited from `Object.prototype`.
 */
export function serviceTypeName(names: ServiceTypeNames, code: string): string {
  return Object.hasOwn(names, code) ? names[code as KnownServiceType] : codeInWords(code);
}
