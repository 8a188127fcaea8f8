/**
 * Has the writer store the records that lookups had to build from the events
 * (stored-record.ts), off the request: the lookup has already answered. Each piece once at a
 * time — a piece looked up a thousand times a second while its record is missing is built once.
 * A failed store is logged and left: the next lookup of the piece asks again.
 */
import type { Clock } from '../../clock.ts';
import type { ProcedureRunner } from '../../db/procedure-threads.ts';
import type { Logger } from '../../logger.ts';

export interface StoredRecordRefresherOptions {
  writer: ProcedureRunner;
  clock: Clock;
  logger: Logger;
}

export class StoredRecordRefresher {
  readonly #options: StoredRecordRefresherOptions;
  /** Stores under way, by piece id. */
  readonly #storing = new Map<string, Promise<void>>();

  constructor(options: StoredRecordRefresherOptions) {
    this.#options = options;
  }

  /** Asks for the piece's record to be built and stored, unless that is already under way. */
  refresh(brandId: string, itemId: string): void {
    if (this.#storing.has(itemId)) return;
    const { writer, clock, logger } = this.#options;
    const storing = writer
      .run('storePublicRecord', { brandId, itemId, at: clock.now().toISOString() })
      .catch((error: unknown) => logger.error('public_record_store_failed', { itemId, error: (error as Error).message }))
      .finally(() => this.#storing.delete(itemId));
    this.#storing.set(itemId, storing);
  }

  /** Waits for the stores under way; call before closing the writer. */
  async close(): Promise<void> {
    await Promise.all(this.#storing.values());
  }
}
