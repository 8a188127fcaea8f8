/**
 * The log of webhook deliveries already taken in, keyed by `X-Shopify-Webhook-Id`, so a delivery
 * Shopify sends again is processed once. Ids are kept for `webhookDeliveryRetentionDays` (limits.ts:
 * well past Shopify's retry period), then pruned, so the log does not grow with every order forever.
 */
import type { Db } from '../db/database.ts';
import { deleteInBatches, type BatchedDeleteOptions } from '../db/batched-delete.ts';

export interface Delivery {
  webhookId: string;
  shop: string;
  topic: string;
}

/** Records a delivery; false when its id is already in the log (a redelivery). */
export async function recordDelivery(db: Db, delivery: Delivery, receivedAt: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('webhook_deliveries')
    .values({ webhook_id: delivery.webhookId, shop: delivery.shop, topic: delivery.topic, received_at: receivedAt.toISOString() })
    .onConflict((oc) => oc.column('webhook_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Forgets a delivery whose processing failed, so Shopify's retry of it is processed. */
export async function forgetDelivery(db: Db, webhookId: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', webhookId).execute();
}

/** Deletes the ids received before `receivedBefore`, oldest first, in batches. Returns how many. */
export async function pruneDeliveries(db: Db, receivedBefore: Date, options: BatchedDeleteOptions): Promise<number> {
  const cutoff = receivedBefore.toISOString();
  return deleteInBatches(async (batchRows) => {
    const oldest = db.selectFrom('webhook_deliveries').select('webhook_id').where('received_at', '<', cutoff).orderBy('received_at').limit(batchRows);
    const result = await db.deleteFrom('webhook_deliveries').where('webhook_id', 'in', oldest).executeTakeFirst();
    return result.numDeletedRows;
  }, options);
}
