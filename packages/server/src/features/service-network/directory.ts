/**
 * The brand's service centres as owners choose one (publishable key): filtered by country and by
 * a service offered, nearest first from a point. A brand has a handful of centres, so distances
 * are computed here rather than in SQL, the same way on both databases.
 */
import type { GeoPoint, OpeningPeriod, ServiceCentreListing } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { servicesByCentre } from './centres.ts';

/** Parsed by the contract: `near` is already a point. */
export interface ServiceCentreFilter {
  country?: string | undefined;
  service?: string | undefined;
  near?: GeoPoint | undefined;
}

/** Mean radius of the Earth (IUGG), in kilometres. */
const earthRadiusKm = 6371.0088;
/** Distances are answered to the nearest 100 m: finer would pretend a precision centres' coordinates lack. */
const distanceDecimals = 1;

/** Haversine great-circle distance, in kilometres. */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLatitude = radians(to.latitude - from.latitude);
  const dLongitude = radians(to.longitude - from.longitude);
  const a = Math.sin(dLatitude / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLongitude / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
}

export async function listServiceCentres(deps: Pick<ServerDeps, 'db'>, brandId: string, filter: ServiceCentreFilter): Promise<ServiceCentreListing[]> {
  let query = deps.db
    .selectFrom('service_centres')
    .select(['id', 'name', 'country', 'city', 'address', 'time_zone', 'opening_hours', 'mail_in_instructions', 'latitude', 'longitude'])
    .where('brand_id', '=', brandId);
  if (filter.country !== undefined) query = query.where('country', '=', filter.country);
  const rows = await query.orderBy('country').orderBy('city').orderBy('name').execute();
  const offeredByCentre = await servicesByCentre(deps.db, brandId);

  const listings = rows.flatMap((row): ServiceCentreListing[] => {
    const services = offeredByCentre.get(row.id) ?? [];
    if (filter.service !== undefined && !services.some((service) => service.serviceType === filter.service)) return [];
    const location = row.latitude === null || row.longitude === null ? null : { latitude: Number(row.latitude), longitude: Number(row.longitude) };
    const distance = filter.near && location ? Number(distanceKm(filter.near, location).toFixed(distanceDecimals)) : null;
    return [
      {
        id: row.id,
        name: row.name,
        country: row.country,
        city: row.city,
        address: row.address,
        timeZone: row.time_zone,
        openingHours: JSON.parse(row.opening_hours) as OpeningPeriod[],
        services,
        mailInInstructions: row.mail_in_instructions,
        location,
        distanceKm: distance,
      },
    ];
  });
  if (!filter.near) return listings;
  // Nearest first; a centre not on the map after every centre that is, in the order above.
  return listings.sort((a, b) => (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY));
}
