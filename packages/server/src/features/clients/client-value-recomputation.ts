/**
 * Recomputing every client's value after the brand changes its reporting currency, outside the
 * request that changed it.
 *
 * Why not in the request's transaction, as before: every client with an amount must be recomputed
 * (a brand of 600,000 clients: 1,200 batches of 500, each reading the batch's registrations,
 * services and repairs), so the request would last minutes. A proxy or the client giving up does
 * not stop the handler, but the admin is told it failed while it goes on. Worse, the transaction
 * holds its locks to the end: on PostgreSQL the `owners` rows of everyone recomputed so far (the
 * summaries' refresh locks them, client-summary.ts), so every sale, confirmation and service of
 * those clients waits behind it; on SQLite the single writer lock, so every write of every brand
 * waits, then fails once its busy timeout passes. A transaction cannot be half done, but it
 * cannot be kept short either; a background job can.
 *
 * So the change of currency records a recomputation (`client_value_recomputations`, one row per
 * brand) in the transaction that changes the currency — the outbox pattern the mail uses: the job
 * exists exactly when the change committed — and `recomputeClientValuesStep` works through the
 * brand's clients in id order, `clientValueRecomputationBatchSize` at a time, each batch its own
 * short transaction that also moves the row's cursor, so a crash or a restart resumes where it
 * stopped and redoes at most one batch (recomputing a client twice writes the same row). The
 * server runs the steps on a timer (`startClientValueRecomputations`, every
 * `clientValueRecomputationIntervalMs`).
 *
 * Until the row is gone, the clients not yet reached keep values in the previous currency, so every
 * figure read from the clients' values says so (`recomputingSince` in the contract's `CurrencyBasis`:
 * features/exchange-rates/conversion.ts, `clientValuesBasis`) rather than mixing currencies silently.
 * A client written meanwhile (a sale, a service, a rate entered) is recomputed by that write in the
 * new currency already, and again when the job reaches them: the same row.
 *
 * Concurrency. A step locks the brand's row of the job first (`FOR UPDATE` on PostgreSQL), and a
 * change of currency rewrites that row (cursor back to the start), so the two take turns: a step
 * never moves the cursor of a job a newer change restarted, and two instances never take the same
 * batch. The step then locks the batch's people as every summary refresh does (after the job row;
 * nothing locks them in the other order). SQLite has one writer: the turns are taken for it.
 */
import type { ClientValuesRecomputation } from '@atelier/client/contract';
import type { Db } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { Logger } from '../../logger.ts';
import { refreshClientSummaries } from './client-summary.ts';

/** Clients recomputed per step: one short transaction each (the summaries' own batch size). */
export const clientValueRecomputationBatchSize = 500;
/** How often the server looks for recomputations to run (a brand changes its currency rarely; the check reads one small table). */
export const clientValueRecomputationIntervalMs = 5_000;

/** Records, within the transaction changing the brand's reporting currency, that every client's value is to be recomputed in it. */
export async function requestClientValueRecomputation(tx: Db, brandId: string, reportingCurrency: string, now: Date): Promise<void> {
  const row = { reporting_currency: reportingCurrency, requested_at: now.toISOString(), after_owner_id: '', clients_done: 0 };
  await tx
    .insertInto('client_value_recomputations')
    .values({ brand_id: brandId, ...row })
    .onConflict((oc) => oc.column('brand_id').doUpdateSet(row))
    .execute();
}

/** When the brand's pending recomputation was asked for; undefined when none is pending. */
export async function clientValuesRecomputingSince(db: Db, brandId: string): Promise<string | undefined> {
  const row = await db.selectFrom('client_value_recomputations').select('requested_at').where('brand_id', '=', brandId).executeTakeFirst();
  return row?.requested_at;
}

/**
 * How far the brand's pending recomputation has got, for the admin who asked for it (brand
 * settings); undefined when none is pending. The total is counted now: clients added since the
 * start count in it (those after the cursor are reached too), and one erased meanwhile may leave
 * the count done above it, so done is capped at the total.
 */
export async function clientValuesRecomputationProgress(db: Db, brandId: string): Promise<ClientValuesRecomputation | undefined> {
  const job = await db
    .selectFrom('client_value_recomputations')
    .select(['reporting_currency', 'requested_at', 'clients_done'])
    .where('brand_id', '=', brandId)
    .executeTakeFirst();
  if (!job) return undefined;
  const total = await db.selectFrom('client_summaries').select((eb) => eb.fn.countAll<number | string>().as('clients')).where('brand_id', '=', brandId).executeTakeFirstOrThrow();
  const clientsTotal = Number(total.clients);
  return { reportingCurrency: job.reporting_currency, since: job.requested_at, clientsDone: Math.min(Number(job.clients_done), clientsTotal), clientsTotal };
}

/**
 * Recomputes the next batch of the brand's clients, in its own transaction. `more`: call again;
 * `done`: the last batch was done and the job removed; `none`: nothing was pending.
 */
export async function recomputeClientValuesStep(db: Db, brandId: string, batchSize = clientValueRecomputationBatchSize): Promise<'more' | 'done' | 'none'> {
  return db.transaction().execute(async (tx) => {
    let pending = tx.selectFrom('client_value_recomputations').select(['after_owner_id', 'clients_done']).where('brand_id', '=', brandId);
    if (isPostgres(db)) pending = pending.forUpdate();
    const job = await pending.executeTakeFirst();
    if (!job) return 'none';
    const batch = await tx
      .selectFrom('client_summaries')
      .select('owner_id')
      .where('brand_id', '=', brandId)
      .where('owner_id', '>', job.after_owner_id)
      .orderBy('owner_id')
      .limit(batchSize)
      .execute();
    if (batch.length === 0) {
      await tx.deleteFrom('client_value_recomputations').where('brand_id', '=', brandId).execute();
      return 'done';
    }
    const people = batch.map((row) => row.owner_id);
    await refreshClientSummaries(tx, brandId, people);
    await tx
      .updateTable('client_value_recomputations')
      .set({ after_owner_id: people.at(-1)!, clients_done: Number(job.clients_done) + people.length })
      .where('brand_id', '=', brandId)
      .execute();
    return 'more';
  });
}

/** Runs every pending recomputation to its end, brand after brand; returns the brands finished. */
export async function recomputePendingClientValues(db: Db): Promise<string[]> {
  const brands = (await db.selectFrom('client_value_recomputations').select('brand_id').orderBy('requested_at').execute()).map((row) => row.brand_id);
  const finished: string[] = [];
  for (const brandId of brands) {
    while ((await recomputeClientValuesStep(db, brandId)) === 'more');
    finished.push(brandId);
  }
  return finished;
}

/** Runs pending recomputations now and then (one run at a time); the timer never keeps the process alive. Returns a stop function. */
export function startClientValueRecomputations(db: Db, logger: Logger): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    recomputePendingClientValues(db)
      .then(
        (brands) => {
          for (const brandId of brands) logger.info('client_values_recomputed', { brandId });
        },
        (error: unknown) => logger.error('client_value_recomputation_failed', { error: (error as Error).message }),
      )
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(run, clientValueRecomputationIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
