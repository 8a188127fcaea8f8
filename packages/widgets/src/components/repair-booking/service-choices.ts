/**
 * The services a person can book, as the centres offer them, grouped the way they think of their
 * piece: watch services, jewellery services, then any other code a brand configured.
 */
import type { ServiceCentreListing } from '@atelier/client/contract';
import { knownServiceTypes, serviceTypeName } from '../provenance/service-types.ts';
import type { KnownServiceType } from '../provenance/service-types.ts';

export type ServiceGroup = 'watch' | 'jewellery' | 'other';

const jewelleryServices: ReadonlySet<string> = new Set<KnownServiceType>(['cleaning', 'resizing', 'restringing', 'stone_setting']);

function groupOf(code: string): ServiceGroup {
  if (jewelleryServices.has(code)) return 'jewellery';
  return (knownServiceTypes as readonly string[]).includes(code) ? 'watch' : 'other';
}

function knownOrder(code: string): number {
  const index = (knownServiceTypes as readonly string[]).indexOf(code);
  return index === -1 ? knownServiceTypes.length : index;
}

export interface ServiceChoices {
  group: ServiceGroup;
  codes: string[];
}

/** Every service at least one centre offers, by group, each group in the catalogue's order. */
export function serviceChoices(centres: readonly ServiceCentreListing[]): ServiceChoices[] {
  const codes = new Set(centres.flatMap((centre) => centre.services.map((service) => service.serviceType)));
  const sorted = [...codes].sort((a, b) => knownOrder(a) - knownOrder(b) || a.localeCompare(b));
  const groups: ServiceGroup[] = ['watch', 'jewellery', 'other'];
  return groups.map((group) => ({ group, codes: sorted.filter((code) => groupOf(code) === group) })).filter((choice) => choice.codes.length > 0);
}

export { serviceTypeName };
