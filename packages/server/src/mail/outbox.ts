/**
 * E-mails go out exactly once, whatever crashes when. A message is queued as a row of
 * `mail_outbox` by the transaction of the change it announces (inside a request's unit of work,
 * db/unit-of-work.ts), so a change that rolls back, or never commits because the process died,
 * sends nothing. Once the unit commits, the message is handed to the transport and its row
 * deleted; a crash between the commit and the send leaves the row, which the next start-up (or
 * the next sweep, every `outboxSweepIntervalMs`) sends. A crash between the send and the delete
 * sends the message again with the same id: the file transport writes the same `<id>.eml` again
 * (one file), SMTP sends the same `Message-ID` (a receiver may drop the duplicate; SMTP itself
 * cannot promise more than that). A request's answer waits for its e-mails' send a few seconds at
 * most (`outboxSendWaitBeforeAnswerMs`), and an instance runs `outboxConcurrentSends` sends at a
 * time, so a slow or unreachable SMTP server delays e-mails, never the API.
 *
 * On PostgreSQL a delivery holds its row locked (`FOR UPDATE SKIP LOCKED`) until the row is
 * deleted, so two instances sweeping at once never both send it, and a crash mid-send frees it at
 * once. On SQLite (one server process per file) the instance keeps the ids it is sending in
 * memory. A failed send is retried with backoff
 * (1, 2, 4… minutes, at most an hour) for `outboxGiveUpAfterHours`, then dropped and logged.
 * Logs name the message by its id only: rows hold addresses and links.
 */
import { channel } from 'node:diagnostics_channel';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { isPostgres } from '../db/dialect.ts';
import { currentUnitOfWork } from '../db/unit-of-work.ts';
import { newTimeOrderedId } from '../ids.ts';
import type { Logger } from '../logger.ts';
import type { MailMessage, Mailer, SendOptions } from './mailer.ts';

/** How often queued messages whose time has come are looked for (after a failure or a crash). */
export const outboxSweepIntervalMs = 30_000;
const outboxFirstRetryDelayMs = 60_000;
const outboxMaxRetryDelayMs = 60 * 60_000;
/** After this long unsent, a message is dropped: its news (a link valid for days) is stale by then. */
export const outboxGiveUpAfterHours = 48;
/** Messages sent per sweep at most; the next sweep takes the rest. */
const outboxSweepBatchSize = 100;
/**
 * How long a request's answer waits for its e-mails to be handed to the transport. A send usually
 * takes well under this, so the e-mail is out when the client hears back; a slow or unreachable
 * SMTP server no longer holds the answer: the send goes on (or fails and is retried) after it.
 */
export const outboxSendWaitBeforeAnswerMs = 3_000;
/**
 * Sends one instance runs at once; the others wait their turn in memory (their rows are queued
 * already). On PostgreSQL each send holds a pooled connection, its row's lock, for as long as the
 * transport takes: an unreachable SMTP server must not take the connections requests need.
 */
export const outboxConcurrentSends = 2;

/** Published with the message id right after the transport took a message, before its row is deleted. */
export const outboxSentChannel = channel('atelier:mail-outbox:sent');

export interface MailOutboxOptions {
  db: Db;
  /** What actually sends: SMTP, `.eml` files, or a recording in tests. */
  transport: Mailer;
  clock: Clock;
  logger: Logger;
  /** Default `outboxSendWaitBeforeAnswerMs`. */
  sendWaitBeforeAnswerMs?: number;
}

export class MailOutbox implements Mailer {
  readonly #db: Db;
  readonly #transport: Mailer;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #sendWaitBeforeAnswerMs: number;
  #timer: NodeJS.Timeout | undefined;
  /** Deliveries under way, awaited by close(). */
  readonly #deliveries = new Set<Promise<void>>();
  /** Ids this instance is sending: a sweep never sends one a request is sending. */
  readonly #sending = new Set<string>();
  #sendsRunning = 0;
  /** Sends waiting for one of the `outboxConcurrentSends` turns, woken in order. */
  readonly #waitingForTurn: Array<() => void> = [];
  #closed = false;

  constructor(options: MailOutboxOptions) {
    this.#db = options.db;
    this.#transport = options.transport;
    this.#clock = options.clock;
    this.#logger = options.logger;
    this.#sendWaitBeforeAnswerMs = options.sendWaitBeforeAnswerMs ?? outboxSendWaitBeforeAnswerMs;
  }

  /**
   * Queues the message with the caller's unit of work, sent once it commits; outside a unit, queued
   * and sent now. Either way the caller waits for the send `sendWaitBeforeAnswerMs` at most, or not
   * at all with `answerAfterSend: false` (close() still waits for it).
   */
  async send(message: MailMessage, options: SendOptions = {}): Promise<void> {
    const now = this.#clock.now();
    const id = newTimeOrderedId('mail', now);
    await this.#db
      .insertInto('mail_outbox')
      .values({ id, message: JSON.stringify(message), created_at: now.toISOString(), attempts: 0, available_at: now.toISOString() })
      .execute();
    const deliver = options.answerAfterSend === false ? () => this.#deliverInBackground(id) : () => this.#deliverBriefly(id);
    const unit = currentUnitOfWork(this.#db);
    if (unit) unit.afterCommit(deliver);
    else await deliver();
  }

  /** Starts delivering `id` without waiting for it; close() waits for it. */
  #deliverInBackground(id: string): Promise<void> {
    void this.#track(this.#deliver(id));
    return Promise.resolve();
  }

  /** Starts delivering `id` and waits for it `sendWaitBeforeAnswerMs` at most; close() waits for the rest. */
  async #deliverBriefly(id: string): Promise<void> {
    const delivery = this.#track(this.#deliver(id));
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.#sendWaitBeforeAnswerMs)));
    await Promise.race([delivery, waited]);
    clearTimeout(timer);
  }

  /**
   * Sends what a crash or a failed send left behind now, then every `outboxSweepIntervalMs`.
   * close() does not wait for a sweep: one cut by the shutdown leaves its rows, sent at the next
   * start under the same ids (and a sweep on a database closed under it might never settle).
   * Returns the start-up sweep, for a caller that must know it is done; the server does not wait.
   */
  start(): Promise<void> {
    const startUpSweep = this.sweep();
    this.#timer = setInterval(() => void this.sweep(), outboxSweepIntervalMs);
    this.#timer.unref();
    return startUpSweep;
  }

  /**
   * Stops sweeping and waits for the sends under way; those still waiting for their turn, and what
   * is still queued, wait for the next start.
   */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#timer);
    for (const wake of this.#waitingForTurn.splice(0)) wake();
    while (this.#deliveries.size > 0) await Promise.all(this.#deliveries);
  }

  /** Sends every queued message whose time has come (at most a batch). */
  async sweep(): Promise<void> {
    try {
      const due = await this.#db
        .selectFrom('mail_outbox')
        .select('id')
        .where('available_at', '<=', this.#clock.now().toISOString())
        .orderBy('available_at')
        .limit(outboxSweepBatchSize)
        .execute();
      for (const { id } of due) {
        if (this.#closed) return;
        await this.#deliver(id);
      }
    } catch (error) {
      this.#logger.error('mail_outbox_sweep_failed', { error: (error as Error).name });
    }
  }

  #track(delivery: Promise<void>): Promise<void> {
    this.#deliveries.add(delivery);
    return delivery.finally(() => this.#deliveries.delete(delivery));
  }

  /** Sends the row's message and deletes the row, once. Never throws: a failure is logged and retried later. */
  async #deliver(id: string): Promise<void> {
    if (this.#sending.has(id)) return;
    this.#sending.add(id);
    try {
      // Closed while waiting for a turn: the row waits for the next start.
      if (!(await this.#takeTurn())) return;
      try {
        // PostgreSQL: the row stays locked while its message is sent, so another instance's sweep
        // skips it, and a crash releases it with the connection. SQLite: one server process per file.
        if (isPostgres(this.#db)) await this.#db.transaction().execute((tx) => this.#deliverOn(tx, id, 'lock'));
        else await this.#deliverOn(this.#db, id, 'no-lock');
      } finally {
        this.#endTurn();
      }
    } catch (error) {
      // Still queued (unless the delete alone failed): the next sweep sends it, under the same id.
      this.#logger.error('mail_outbox_failed', { mailId: id, error: (error as Error).name });
    } finally {
      this.#sending.delete(id);
    }
  }

  /** Takes one of the `outboxConcurrentSends` turns, waiting for it if need be; false when closed meanwhile. */
  async #takeTurn(): Promise<boolean> {
    while (this.#sendsRunning >= outboxConcurrentSends) {
      if (this.#closed) return false;
      await new Promise<void>((resolve) => this.#waitingForTurn.push(resolve));
    }
    this.#sendsRunning += 1;
    return true;
  }

  #endTurn(): void {
    this.#sendsRunning -= 1;
    this.#waitingForTurn.shift()?.();
  }

  async #deliverOn(db: Db, id: string, locking: 'lock' | 'no-lock'): Promise<void> {
    const now = this.#clock.now();
    let due = db.selectFrom('mail_outbox').select(['message', 'created_at', 'attempts']).where('id', '=', id).where('available_at', '<=', now.toISOString());
    if (locking === 'lock') due = due.forUpdate().skipLocked();
    const row = await due.executeTakeFirst();
    // Sent already, not due yet, or being sent by another instance.
    if (!row) return;
    try {
      await this.#transport.send({ ...(JSON.parse(row.message) as MailMessage), id });
    } catch (error) {
      await this.#failed(db, id, row, now, error as Error);
      return;
    }
    outboxSentChannel.publish(id);
    await db.deleteFrom('mail_outbox').where('id', '=', id).execute();
  }

  async #failed(db: Db, id: string, row: { created_at: string; attempts: number }, now: Date, error: Error): Promise<void> {
    const code = (error as { code?: unknown }).code;
    const attempts = row.attempts + 1;
    const givingUp = now.getTime() - Date.parse(row.created_at) >= outboxGiveUpAfterHours * 3_600_000;
    this.#logger.error(givingUp ? 'mail_dropped' : 'mail_delivery_failed', {
      mailId: id,
      attempts,
      error: error.name,
      errorCode: typeof code === 'string' ? code : null,
    });
    if (givingUp) {
      await db.deleteFrom('mail_outbox').where('id', '=', id).execute();
      return;
    }
    const delayMs = Math.min(outboxFirstRetryDelayMs * 2 ** (attempts - 1), outboxMaxRetryDelayMs);
    await db
      .updateTable('mail_outbox')
      .set({ attempts, available_at: new Date(now.getTime() + delayMs).toISOString() })
      .where('id', '=', id)
      .execute();
  }
}
