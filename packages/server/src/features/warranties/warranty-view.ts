/**
 * The one mapping from stored warranties to what the API shows: the contract's `Warranty`,
 * with `expired` derived on read (coverage ended before today), never stored by a job.
 */
import type { Warranty as WarrantyView, WarrantyStatus } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import type { Warranty as WarrantyRow } from '../../db/schema.ts';
import { isBefore, type IsoDate } from '../shared/calendar.ts';

/** The status a person should see today: a pending or active warranty whose coverage ended is expired. */
export function effectiveWarrantyStatus(warranty: Pick<WarrantyRow, 'status' | 'coverage_end'>, today: IsoDate): WarrantyStatus {
  const running = warranty.status === 'pending_confirmation' || warranty.status === 'active';
  return running && isBefore(warranty.coverage_end, today) ? 'expired' : warranty.status;
}

/** The columns of a warranty's retailer, left-joined: all null when the warranty names none. */
export interface RetailerColumns {
  retailer_id: string | null;
  retailer_name: string | null;
  retailer_country: string | null;
  retailer_city: string | null;
}

/** A warranty's retailer as the contract shows it. */
export function retailerView(row: RetailerColumns): WarrantyView['retailer'] {
  if (row.retailer_id === null) return null;
  return { id: row.retailer_id, name: row.retailer_name ?? '', country: row.retailer_country ?? '', city: row.retailer_city ?? '' };
}

/** Loads a warranty of `brandId` with its piece, model and retailer, as the contract shows it. */
export async function loadWarrantyView(db: Db, brandId: string, warrantyId: string, today: IsoDate): Promise<WarrantyView> {
  const row = await db
    .selectFrom('warranties')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .innerJoin('models', 'models.id', 'items.model_id')
    .leftJoin('retailers', 'retailers.id', 'warranties.retailer_id')
    .select([
      'warranties.id',
      'warranties.status',
      'warranties.purchase_date',
      'warranties.coverage_end',
      'warranties.is_gift',
      'warranties.activated_at',
      'warranties.confirmed_at',
      'items.serial',
      'models.reference as model_reference',
      'models.name as model_name',
      'models.collection as model_collection',
      'retailers.id as retailer_id',
      'retailers.name as retailer_name',
      'retailers.country as retailer_country',
      'retailers.city as retailer_city',
    ])
    .where('warranties.id', '=', warrantyId)
    .where('warranties.brand_id', '=', brandId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    serial: row.serial,
    model: { reference: row.model_reference, name: row.model_name, collection: row.model_collection },
    status: effectiveWarrantyStatus(row, today),
    purchaseDate: row.purchase_date,
    coverageEnd: row.coverage_end,
    retailer: retailerView(row),
    gift: row.is_gift === 1,
    activatedAt: row.activated_at,
    confirmedAt: row.confirmed_at,
  };
}
