/**
 * A piece's current warranty — the covering one, else the latest not voided — and with it the
 * piece's retailer of record: the one definition the recognition card and the notes to the
 * retailer of record share.
 */
import type { Db } from '../../db/database.ts';

/** The piece's current warranty: the covering one, else the latest not voided. */
export async function currentWarranty(db: Db, itemId: string) {
  const rows = await db
    .selectFrom('warranties')
    .leftJoin('retailers', 'retailers.id', 'warranties.retailer_id')
    .select([
      'warranties.owner_id',
      'warranties.status',
      'warranties.purchase_date',
      'warranties.coverage_end',
      'warranties.covering_item_id',
      'retailers.id as retailer_id',
      'retailers.name as retailer_name',
      'retailers.country as retailer_country',
      'retailers.city as retailer_city',
    ])
    .where('warranties.item_id', '=', itemId)
    .where('warranties.status', '!=', 'void')
    .orderBy('warranties.activated_at', 'desc')
    .execute();
  return rows.find((row) => row.covering_item_id !== null) ?? rows[0];
}

/** The retailer of record of the piece: its current warranty's retailer; undefined when none. */
export async function retailerOfRecordId(db: Db, itemId: string): Promise<string | undefined> {
  return (await currentWarranty(db, itemId))?.retailer_id ?? undefined;
}
