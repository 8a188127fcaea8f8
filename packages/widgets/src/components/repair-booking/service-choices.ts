/**
 * The services a person can book, as the centres offer them, grouped the way they think of their
 * piece: by the category the brand gives each service (watch services, then jewellery services).
 */
import { serviceCategories, type OpenEnum, type Received, type ServiceCategory, type ServiceCentreListing } from '@atelier/client/contract';
import { knownServiceTypes } from '@atelier/client/service-type-names';

/** Services the widget knows come in the catalogue's order; a brand's own codes follow, alphabetically. */
function knownOrder(code: string): number {
  const index = (knownServiceTypes as readonly string[]).indexOf(code);
  return index === -1 ? knownServiceTypes.length : index;
}

export interface ServiceChoices {
  category: OpenEnum<ServiceCategory>;
  codes: string[];
}

/**
 * Every service at least one centre offers, by the category the API gives it, each category in the
 * catalogue's order; categories a newer server added follow, so their services can still be booked.
 */
export function serviceChoices(centres: readonly Received<ServiceCentreListing>[]): ServiceChoices[] {
  // A service type and its category are the brand's, so every centre says the same of a code.
  const categoryByCode = new Map<string, OpenEnum<ServiceCategory>>();
  for (const centre of centres) {
    for (const service of centre.services) if (!categoryByCode.has(service.serviceType)) categoryByCode.set(service.serviceType, service.category);
  }
  const sorted = [...categoryByCode.keys()].sort((a, b) => knownOrder(a) - knownOrder(b) || a.localeCompare(b));
  return [...new Set([...serviceCategories, ...categoryByCode.values()])]
    .map((category) => ({ category, codes: sorted.filter((code) => categoryByCode.get(code) === category) }))
    .filter((choice) => choice.codes.length > 0);
}
