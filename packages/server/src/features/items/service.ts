/**
 * A piece as brand staff and authorized retailers see it (secret key): its model, status and
 * current warranty. The owner is recognised by country only; their identity is never shown here.
 */
import type { ItemSummary } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { AtelierError } from '../../errors.ts';
import { todayUtc } from '../shared/calendar.ts';
import { effectiveWarrantyStatus } from '../warranties/warranty-view.ts';

export async function getItemSummary(db: Db, clock: Clock, brandId: string, serial: string): Promise<ItemSummary> {
  const item = await db
    .selectFrom('items')
    .innerJoin('models', 'models.id', 'items.model_id')
    .select([
      'items.id',
      'items.serial',
      'items.gtin',
      'items.manufactured_on',
      'items.status',
      'models.reference',
      'models.name',
      'models.collection',
      'models.calibre',
    ])
    .where('items.brand_id', '=', brandId)
    .where('items.serial', '=', serial.toUpperCase())
    .executeTakeFirst();
  if (!item) throw new AtelierError('unknown_serial', 404, 'No piece of this brand has this serial number.');

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
    model: { reference: item.reference, name: item.name, collection: item.collection, calibre: item.calibre },
    manufacturedOn: item.manufactured_on,
    status: item.status,
    warranty: warranty
      ? {
          status: effectiveWarrantyStatus(warranty, todayUtc(clock)),
          purchaseDate: warranty.purchase_date,
          coverageEnd: warranty.coverage_end,
          retailer:
            warranty.retailer_id === null
              ? null
              : {
                  id: warranty.retailer_id,
                  name: warranty.retailer_name ?? '',
                  country: warranty.retailer_country ?? '',
                  city: warranty.retailer_city ?? '',
                },
          ownerCountry: warranty.owner_country,
        }
      : null,
  };
}
