/**
 * Deletes what has outlived its use: webhook delivery ids past Shopify's retry period and customer
 * data exports past the merchant's time to answer (retentions in limits.ts). Runs once at start-up,
 * then every `maintenanceIntervalMs`; a failed run is logged and simply tried again next time.
 */
import type { Db } from './db/database.ts';
import type { Logger } from './logger.ts';
import { dataRequestExportRetentionDays, maintenanceIntervalMs, pruneBatchRowsMax, webhookDeliveryRetentionDays } from './limits.ts';
import { pruneDataRequestExports } from './privacy/compliance.ts';
import { pruneDeliveries } from './webhooks/delivery-log.ts';

const dayMs = 24 * 60 * 60 * 1000;

export interface PrunedCounts {
  webhookDeliveries: number;
  dataRequestExports: number;
}

export async function pruneExpiredRecords(db: Db, now: Date, signal?: AbortSignal): Promise<PrunedCounts> {
  const options = { batchRows: pruneBatchRowsMax, signal };
  const webhookDeliveries = await pruneDeliveries(db, new Date(now.getTime() - webhookDeliveryRetentionDays * dayMs), options);
  const dataRequestExports = await pruneDataRequestExports(db, new Date(now.getTime() - dataRequestExportRetentionDays * dayMs), options);
  return { webhookDeliveries, dataRequestExports };
}

export interface Maintenance {
  /** Resolves once the run under way, if any, has finished (successfully or not). */
  settled(): Promise<void>;
  /** No more runs; a run under way stops after its current batch. Resolves when it has. */
  stop(): Promise<void>;
}

/** Starts the pruning: a first run now, then on a timer that never keeps the process alive. */
export function startMaintenance(deps: { db: Db; logger: Logger; now?: () => Date }): Maintenance {
  const now = deps.now ?? (() => new Date());
  const stopping = new AbortController();
  let current: Promise<void> | undefined;

  const run = (): void => {
    // A run slower than the interval is not doubled up; the next tick after it finishes goes on.
    if (current) return;
    current = pruneExpiredRecords(deps.db, now(), stopping.signal)
      .then((pruned) => {
        if (pruned.webhookDeliveries + pruned.dataRequestExports > 0) deps.logger.info('maintenance_pruned', { ...pruned });
      })
      .catch((error: unknown) => {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        deps.logger.error('maintenance_failed', { error: name, message });
      })
      .finally(() => {
        current = undefined;
      });
  };

  run();
  const timer = setInterval(run, maintenanceIntervalMs);
  timer.unref();
  return {
    settled: async () => {
      await current;
    },
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await current;
    },
  };
}
