/**
 * A piece as brand staff and authorized retailers see it (secret key): its model, status and
 * current warranty. The owner is recognised by country only; their identity is never shown here.
 */
import type { ItemSummary } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { findBrandItem } from '../shared/brand-item.ts';
import { todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus, retailerView } from '../warranties/warranty-view.ts';

export async function getItemSummary(db: Db, clock: Clock, brandId: string, serial: string): Promise<ItemSummary> {
  const item = await findBrandItem(db, brandId, serial, ['id', 'serial', 'gtin', 'manufactured_on', 'status', 'model_id']);
  const model = await db.selectFrom('models').select(['reference', 'name', 'collection', 'calibre']).where('id', '=', item.model_id).executeTakeFirstOrThrow();

  // The covering warranty if there is one, otherwise the latest, so a void or lapsed one still shows.
  const warranty = await db
    .selectFrom('warranties')
    .innerJoin('owners', 'owners.id', 'warranties.owner_id')
    .leftJoin('retailers', 'retailers.id', 'warranties.retailer_id')
    .select([
      'warranties.status',
      'warranties.purchase_date',
      'warranties.coverage_end',
      'warranties.covering_item_id',
      'warranties.activated_at',
      'owners.country as owner_country',
      'retailers.id as retailer_id',
      'retailers.name as retailer_name',
      'retailers.country as retailer_country',
      'retailers.city as retailer_city',
    ])
    .where('warranties.item_id', '=', item.id)
    .orderBy('warranties.activated_at', 'desc')
    .execute()
    .then((rows) => rows.find((row) => row.covering_item_id !== null) ?? rows[0]);

  return {
    serial: item.serial,
    gtin: item.gtin,
    model,
    manufacturedOn: item.manufactured_on,
    status: item.status,
    warranty: warranty
      ? {
          status: effectiveWarrantyStatus(warranty, todayUtc(clock)),
          purchaseDate: warranty.purchase_date,
          coverageEnd: warranty.coverage_end,
          retailer: retailerView(warranty),
          ownerCountry: warranty.owner_country,
        }
      : null,
  };
}
