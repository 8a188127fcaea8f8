/**
 * The service desk's list of repairs: newest first, keyset-paginated on (created_at, id) so a page
 * never repeats or skips a repair booked while the desk pages through, on both databases.
 */
import { repairListDefaultLimit, type RepairList, type RepairStatus } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import { contactConfirmationOf } from './contact-confirmation.ts';

/** Parsed by the contract. */
export interface RepairListFilter {
  status?: RepairStatus[] | undefined;
  serviceCentreId?: string | undefined;
  flagged?: boolean | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** The brand's repairs; with `retailerId`, only those left with that retailer. */
export async function listRepairs(deps: Pick<ServerDeps, 'db'>, brandId: string, filter: RepairListFilter, retailerId?: string): Promise<RepairList> {
  const limit = filter.limit ?? repairListDefaultLimit;
  let query = deps.db
    .selectFrom('repair_orders as repair')
    .innerJoin('items', 'items.id', 'repair.item_id')
    .innerJoin('models', 'models.id', 'items.model_id')
    .innerJoin('service_centres as centre', 'centre.id', 'repair.service_centre_id')
    .select((eb) => [
      'repair.id',
      'repair.tracking_code',
      'repair.status',
      'repair.service_type',
      'repair.service_centre_id',
      'centre.name as centre_name',
      'repair.contact_name',
      'repair.drop_off_method',
      'repair.contact_confirmed_at',
      'repair.retailer_id',
      'repair.flagged_item_status',
      'repair.booked_by_non_owner',
      'repair.promised_date',
      'repair.created_at',
      'items.serial',
      'models.name as model_name',
      eb
        .selectFrom('repair_status_changes as change')
        .whereRef('change.repair_id', '=', 'repair.id')
        .select((inner) => inner.fn.max('change.changed_at').as('at'))
        .as('status_since'),
    ])
    .where('repair.brand_id', '=', brandId);
  if (retailerId !== undefined) query = query.where('repair.retailer_id', '=', retailerId);
  if (filter.status !== undefined) query = query.where('repair.status', 'in', filter.status);
  if (filter.serviceCentreId !== undefined) query = query.where('repair.service_centre_id', '=', filter.serviceCentreId);
  if (filter.flagged !== undefined) {
    const flagged = filter.flagged;
    // Flagged: the piece was reported stolen or lost, or someone other than its registered owner booked it.
    query = query.where((eb) =>
      flagged
        ? eb.or([eb('repair.flagged_item_status', 'is not', null), eb('repair.booked_by_non_owner', '=', 1)])
        : eb.and([eb('repair.flagged_item_status', 'is', null), eb('repair.booked_by_non_owner', '=', 0)]),
    );
  }
  if (filter.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(filter.cursor, 2, ([at]) => !Number.isNaN(Date.parse(at!))) as [string, string];
    query = query.where((eb) => eb.or([eb('repair.created_at', '<', createdAt), eb.and([eb('repair.created_at', '=', createdAt), eb('repair.id', '<', id)])]));
  }
  // One more than the page: whether there is a next page, without counting.
  const rows = await query.orderBy('repair.created_at', 'desc').orderBy('repair.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    repairs: page.map((row) => ({
      trackingCode: row.tracking_code,
      status: row.status,
      statusSince: row.status_since ?? row.created_at,
      serial: row.serial,
      modelName: row.model_name,
      serviceType: row.service_type,
      serviceCentreId: row.service_centre_id,
      serviceCentreName: row.centre_name,
      contactName: row.contact_name,
      contactConfirmation: contactConfirmationOf(row),
      droppedOffAtRetailerId: row.drop_off_method === 'retailer' ? row.retailer_id : null,
      flaggedItemStatus: row.flagged_item_status,
      bookedByNonOwner: row.booked_by_non_owner === 1,
      promisedDate: row.promised_date,
      createdAt: row.created_at,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_at, last.id]) : null,
  };
}
