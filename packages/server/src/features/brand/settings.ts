/** The brand's settings for its network (GET/PATCH /v1/brand/settings): thresholds the console and the desk apply. */
import type { BrandSettings, BrandSettingsUpdate } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';

export async function brandSettings(db: Db, brandId: string): Promise<BrandSettings> {
  const brand = await db.selectFrom('brands').select(['aged_stock_days', 'sale_void_window_hours', 'care_reminder_send_after_days', 'care_reminder_blackout_days']).where('id', '=', brandId).executeTakeFirstOrThrow();
  return {
    agedStockDays: brand.aged_stock_days,
    saleVoidWindowHours: brand.sale_void_window_hours,
    careReminderSendAfterDays: brand.care_reminder_send_after_days,
    careReminderBlackoutDays: brand.care_reminder_blackout_days,
  };
}

/** Changes the settings named in `update`; the others keep their value. */
export async function changeBrandSettings(db: Db, brandId: string, update: BrandSettingsUpdate): Promise<BrandSettings> {
  const changes = {
    ...(update.agedStockDays !== undefined && { aged_stock_days: update.agedStockDays }),
    ...(update.saleVoidWindowHours !== undefined && { sale_void_window_hours: update.saleVoidWindowHours }),
    ...(update.careReminderSendAfterDays !== undefined && { care_reminder_send_after_days: update.careReminderSendAfterDays }),
    ...(update.careReminderBlackoutDays !== undefined && { care_reminder_blackout_days: update.careReminderBlackoutDays }),
  };
  if (Object.keys(changes).length > 0) await db.updateTable('brands').set(changes).where('id', '=', brandId).execute();
  return brandSettings(db, brandId);
}
