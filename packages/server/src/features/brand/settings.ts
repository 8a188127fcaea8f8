/** The brand's settings for its network (GET/PATCH /v1/brand/settings): thresholds the console and the desk apply. */
import type { BrandSettings, BrandSettingsUpdate } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';

export async function brandSettings(db: Db, brandId: string): Promise<BrandSettings> {
  const brand = await db.selectFrom('brands').select('aged_stock_days').where('id', '=', brandId).executeTakeFirstOrThrow();
  return { agedStockDays: brand.aged_stock_days };
}

/** Changes the settings named in `update`; the others keep their value. */
export async function changeBrandSettings(db: Db, brandId: string, update: BrandSettingsUpdate): Promise<BrandSettings> {
  if (update.agedStockDays !== undefined) {
    await db.updateTable('brands').set({ aged_stock_days: update.agedStockDays }).where('id', '=', brandId).execute();
  }
  return brandSettings(db, brandId);
}
