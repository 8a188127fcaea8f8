/**
 * Has the writer store the records that lookups had to build (stored-record.ts), off the request:
 * the lookup has already answered. Misses are gathered for a few milliseconds and stored together,
 * one writer transaction per batch and one batch at a time, so a burst of misses (every lookup
 * after an upgrade, which starts with no stored records) costs the writer a few transactions a
 * second, not one per lookup, and never grows its queue. A failed store is logged and left: the
 * next lookup of those pieces asks again.
 */
import type { Clock } from '../../clock.ts';
import type { ProcedureRunner } from '../../threads/procedure-threads.ts';
import type { Logger } from '../../logger.ts';

/** How long a miss waits for others to share its store. */
const storeDelayMs = 50;
/** Pieces built and stored in one writer transaction. */
const piecesPerStore = 100;
/**
 * Pieces waiting for a store at most. Beyond, a miss is not queued: its piece is answered all the
 * same, built from the events, and its next lookup asks again.
 */
const maxWaitingPieces = 10_000;

export interface StoredRecordRefresherOptions {
  writer: ProcedureRunner;
  clock: Clock;
  logger: Logger;
}

export class StoredRecordRefresher {
  readonly #options: StoredRecordRefresherOptions;
  /** Brand of each piece waiting for a store, by piece id (in the order they missed). */
  readonly #waiting = new Map<string, string>();
  #timer: NodeJS.Timeout | undefined;
  #storing: Promise<void> | undefined;

  constructor(options: StoredRecordRefresherOptions) {
    this.#options = options;
  }

  /** Asks for the piece's record to be built and stored soon. */
  refresh(brandId: string, itemId: string): void {
    if (this.#waiting.has(itemId) || this.#waiting.size >= maxWaitingPieces) return;
    this.#waiting.set(itemId, brandId);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer || this.#storing) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#storeBatch();
    }, storeDelayMs);
    // Waiting pieces never keep the process alive; close() stores them.
    this.#timer.unref();
  }

  #storeBatch(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#waiting.size === 0) return;
    const pieces: { brandId: string; itemId: string }[] = [];
    for (const [itemId, brandId] of this.#waiting) {
      if (pieces.length === piecesPerStore) break;
      pieces.push({ brandId, itemId });
    }
    for (const { itemId } of pieces) this.#waiting.delete(itemId);
    const { writer, clock, logger } = this.#options;
    this.#storing = writer
      .run('storePublicRecords', { pieces, at: clock.now().toISOString() })
      .catch((error: unknown) => logger.error('public_records_store_failed', { pieces: pieces.length, error: (error as Error).message }))
      .finally(() => {
        this.#storing = undefined;
        if (this.#waiting.size > 0) this.#schedule();
      });
  }

  /** Stores what is waiting, then resolves; call before closing the writer. */
  async close(): Promise<void> {
    while (this.#storing || this.#waiting.size > 0) {
      if (!this.#storing) this.#storeBatch();
      await this.#storing;
    }
  }
}
