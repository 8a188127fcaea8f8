/** The brand's authorized retailers: for its staff's console, and inside the brand configuration the widgets read. */
import type { RetailerSummary } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';

export async function brandRetailers(db: Db, brandId: string): Promise<RetailerSummary[]> {
  return db
    .selectFrom('retailers')
    .select(['id', 'name', 'country', 'city'])
    .where('brand_id', '=', brandId)
    .orderBy('country')
    .orderBy('city')
    .orderBy('name')
    .execute();
}
