/**
 * The brand's settings for its network (GET/PATCH /v1/brand/settings): thresholds the console and
 * the desk apply, the currency of its money figures, and how far the recomputation of its clients'
 * values in that currency has got while one runs.
 */
import type { BrandSettings, BrandSettingsUpdate } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { clientValuesRecomputationProgress, requestClientValueRecomputation } from '../clients/client-value-recomputation.ts';

/** The settings as stored (what the desk and the alerts apply). */
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
 * The settings as staff read them: with, while one runs, how far the recomputation of the clients'
 * values has got, so the admin who changed the currency or the rates knows the figures on value
 * are not final yet. Only here: the alerts reading a threshold need not count the clients.
 */
export async function brandSettingsForStaff(db: Db, brandId: string): Promise<BrandSettings> {
  const [settings, recomputation] = await Promise.all([brandSettings(db, brandId), clientValuesRecomputationProgress(db, brandId)]);
  return recomputation ? { ...settings, clientValuesRecomputation: recomputation } : settings;
}

/**
 * Changes the settings named in `update`; the others keep their value. A new reporting currency
 * asks, in the same transaction, for every client's value to be recomputed in it (with the rates
 * entered for it, if any: those of the previous one are kept but unused) by a background job, not
 * in this request: at 600,000 clients that is minutes of locks (features/clients/client-value-recomputation.ts
 * says why); until it is done, the figures read from the clients' values say they are being recomputed.
 */
export async function changeBrandSettings(db: Db, brandId: string, update: BrandSettingsUpdate, now: Date): Promise<BrandSettings> {
  const changes = {
    ...(update.agedStockDays !== undefined && { aged_stock_days: update.agedStockDays }),
    ...(update.saleVoidWindowHours !== undefined && { sale_void_window_hours: update.saleVoidWindowHours }),
    ...(update.careReminderSendAfterDays !== undefined && { care_reminder_send_after_days: update.careReminderSendAfterDays }),
    ...(update.careReminderBlackoutDays !== undefined && { care_reminder_blackout_days: update.careReminderBlackoutDays }),
    ...(update.reportingCurrency !== undefined && { reporting_currency: update.reportingCurrency }),
  };
  if (Object.keys(changes).length === 0) return brandSettingsForStaff(db, brandId);
  await db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('brands').select('reporting_currency').where('id', '=', brandId).executeTakeFirstOrThrow();
    await tx.updateTable('brands').set(changes).where('id', '=', brandId).execute();
    if (update.reportingCurrency !== undefined && update.reportingCurrency !== before.reporting_currency) {
      await requestClientValueRecomputation(tx, brandId, update.reportingCurrency, now);
    }
  });
  return brandSettingsForStaff(db, brandId);
}
