/**
 * A brand's service centres as the repair rules and the directory need them: which services a
 * centre offers, in which category, and the standard turnaround it promises for each.
 */
import { serviceCategories, type CentreService } from '@atelier/client/contract';
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

/** Watch services before jewellery services, each kind by code (unique at a centre): the same order on both databases. */
function byCategoryThenCode(a: CentreService, b: CentreService): number {
  return serviceCategories.indexOf(a.category) - serviceCategories.indexOf(b.category) || (a.serviceType < b.serviceType ? -1 : 1);
}

/** The services each of the brand's centres offers, by centre id (or only `centreId`'s); a centre offering none is absent. */
export async function servicesByCentre(db: Db, brandId: string, centreId?: string): Promise<Map<string, CentreService[]>> {
  let query = db
    .selectFrom('centre_services')
    .innerJoin('service_types', (join) => join.onRef('service_types.brand_id', '=', 'centre_services.brand_id').onRef('service_types.code', '=', 'centre_services.service_type'))
    .select(['centre_services.service_centre_id', 'centre_services.service_type', 'centre_services.standard_turnaround_days', 'service_types.category'])
    .where('centre_services.brand_id', '=', brandId);
  if (centreId !== undefined) query = query.where('centre_services.service_centre_id', '=', centreId);
  const byCentre = new Map<string, CentreService[]>();
  for (const row of await query.execute()) {
    const services = byCentre.get(row.service_centre_id) ?? [];
    services.push({ serviceType: row.service_type, category: row.category, standardTurnaroundDays: Number(row.standard_turnaround_days) });
    byCentre.set(row.service_centre_id, services);
  }
  for (const services of byCentre.values()) services.sort(byCategoryThenCode);
  return byCentre;
}

/** The one answer for a centre id the brand does not have, naming the field to correct. */
export function unknownServiceCentre(): AtelierError {
  return new AtelierError('unknown_service_centre', 'No service centre of this brand has this id.', {
    fieldErrors: [{ path: 'serviceCentreId', code: 'unknown_service_centre', message: 'Choose one of the brand’s service centres.' }],
  });
}

/** The brand's centre with this id, offering `serviceType`; refuses with the field to correct. */
export async function findCentreOffering(db: Db, brandId: string, centreId: string, serviceType: string): Promise<ServiceCentreRow> {
  const row = await db
    .selectFrom('service_centres')
    .select(['id', 'country', 'city', 'time_zone'])
    .where('brand_id', '=', brandId)
    .where('id', '=', centreId)
    .executeTakeFirst();
  if (!row) throw unknownServiceCentre();
  const offered = (await servicesByCentre(db, brandId, row.id)).get(row.id) ?? [];
  if (!offered.some((service) => service.serviceType === serviceType)) {
    throw new AtelierError('service_not_offered', `This centre does not offer "${serviceType}".`, {
      fieldErrors: [{ path: 'serviceType', code: 'service_not_offered', message: `Offered here: ${offered.map((service) => service.serviceType).join(', ')}.` }],
    });
  }
  const turnaroundDaysByService = Object.fromEntries(offered.map((service) => [service.serviceType, service.standardTurnaroundDays]));
  return { id: row.id, country: row.country, city: row.city, time_zone: row.time_zone, turnaroundDaysByService };
}
