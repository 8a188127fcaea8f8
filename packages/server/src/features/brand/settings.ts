/** The brand's settings for its network (GET/PATCH /v1/brand/settings): thresholds the console and the desk apply, and the currency of its money figures. */
import type { BrandSettings, BrandSettingsUpdate } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { refreshClientValues } from '../clients/client-summary.ts';

export async function brandSettings(db: Db, brandId: string): Promise<BrandSettings> {
  const brand = await db
    .selectFrom('brands')
    .select(['aged_stock_days', 'sale_void_window_hours', 'care_reminder_send_after_days', 'care_reminder_blackout_days', 'reporting_currency'])
    .where('id', '=', brandId)
    .executeTakeFirstOrThrow();
  return {
    agedStockDays: brand.aged_stock_days,
    saleVoidWindowHours: brand.sale_void_window_hours,
    careReminderSendAfterDays: brand.care_reminder_send_after_days,
    careReminderBlackoutDays: brand.care_reminder_blackout_days,
    reportingCurrency: brand.reporting_currency,
  };
}

/**
 * Changes the settings named in `update`; the others keep their value. A new reporting currency
 * recomputes every client's value in it, in the same transaction (with the rates entered for it,
 * if any: those of the previous one are kept but unused).
 */
export async function changeBrandSettings(db: Db, brandId: string, update: BrandSettingsUpdate): Promise<BrandSettings> {
  const changes = {
    ...(update.agedStockDays !== undefined && { aged_stock_days: update.agedStockDays }),
    ...(update.saleVoidWindowHours !== undefined && { sale_void_window_hours: update.saleVoidWindowHours }),
    ...(update.careReminderSendAfterDays !== undefined && { care_reminder_send_after_days: update.careReminderSendAfterDays }),
    ...(update.careReminderBlackoutDays !== undefined && { care_reminder_blackout_days: update.careReminderBlackoutDays }),
    ...(update.reportingCurrency !== undefined && { reporting_currency: update.reportingCurrency }),
  };
  if (Object.keys(changes).length === 0) return brandSettings(db, brandId);
  await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
    await tx.updateTable('brands').set(changes).where('id', '=', brandId).execute();
    if (update.reportingCurrency !== undefined && update.reportingCurrency !== before.reporting_currency) await refreshClientValues(tx, brandId);
  });
  return brandSettings(db, brandId);
}
