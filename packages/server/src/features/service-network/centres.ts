/**
 * A brand's service centres as the repair rules need them: which services a centre offers and
 * the standard turnaround it promises for each.
 */
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';

export interface ServiceCentreRow {
  id: string;
  country: string;
  city: string;
  time_zone: string;
  /** Standard turnaround in calendar days, per service type offered. */
  turnaroundDaysByService: Record<string, number>;
}

/** The brand's centre with this id, offering `serviceType`; refuses with the field to correct. */
export async function findCentreOffering(db: Db, brandId: string, centreId: string, serviceType: string): Promise<ServiceCentreRow> {
  const row = await db
    .selectFrom('service_centres')
    .select(['id', 'country', 'city', 'time_zone', 'services'])
    .where('brand_id', '=', brandId)
    .where('id', '=', centreId)
    .executeTakeFirst();
  if (!row) {
    throw new AtelierError('unknown_service_centre', 404, 'No service centre of this brand has this id.', {
      fieldErrors: [{ path: 'serviceCentreId', code: 'unknown_service_centre', message: 'Choose one of the brand’s service centres.' }],
    });
  }
  const turnaroundDaysByService = JSON.parse(row.services) as Record<string, number>;
  if (!Object.hasOwn(turnaroundDaysByService, serviceType)) {
    const offered = Object.keys(turnaroundDaysByService);
    throw new AtelierError('service_not_offered', 422, `This centre does not offer "${serviceType}".`, {
      fieldErrors: [{ path: 'serviceType', code: 'service_not_offered', message: `Offered here: ${offered.join(', ')}.` }],
    });
  }
  return { id: row.id, country: row.country, city: row.city, time_zone: row.time_zone, turnaroundDaysByService };
}
