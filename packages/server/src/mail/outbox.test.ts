/** The mail outbox: an e-mail leaves once its change has committed, once, and a failed send is tried again later. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, it } from 'node:test';
import { runUnitOfWork } from '../db/unit-of-work.ts';
import { recordingLogger } from '../logger.ts';
import { activation, tokenSentTo } from '../features/warranties/testing.ts';
import { createTestServer, describeEachDatabase, type TestServer } from '../testing/harness.ts';
import type { MailMessage, Mailer } from './mailer.ts';
import { MailOutbox, outboxConcurrentSends, outboxGiveUpAfterHours } from './outbox.ts';
import { RecordingMailer } from './recording-mailer.ts';

const message: MailMessage = { to: 'ada@example.com', subject: 'Your repair', text: 'Booked.', html: '<p>Booked.</p>' };

/** Fails its first `failures` sends, then records. */
class FlakyMailer extends RecordingMailer implements Mailer {
  #failuresLeft: number;
  constructor(failures: number) {
    super();
    this.#failuresLeft = failures;
  }
  override async send(sent: MailMessage): Promise<void> {
    if (this.#failuresLeft > 0) {
      this.#failuresLeft -= 1;
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    }
    await super.send(sent);
  }
}

/** Takes each message and holds it, as an SMTP server that accepts the connection and never answers, until released. */
class HangingMailer implements Mailer {
  readonly held: MailMessage[] = [];
  readonly #releases: Array<() => void> = [];
  send(message: MailMessage): Promise<void> {
    this.held.push(message);
    return new Promise((resolve) => this.#releases.push(resolve));
  }
  releaseAll(): void {
    for (const release of this.#releases.splice(0)) release();
  }
}

describeEachDatabase('mail outbox', (database) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await createTestServer({ database, itemCount: 1 });
  });
  afterEach(() => server.close());

  const queued = async () => (await server.db.selectFrom('mail_outbox').selectAll().execute()).length;
  const outboxWith = (transport: Mailer, logger = recordingLogger()) => new MailOutbox({ db: server.db, transport, clock: server.clock, logger });

  it('sends a message queued in a unit of work once the unit commits, and never when it rolls back', async () => {
    const transport = new RecordingMailer();
    // The unit's caller waits for the whole send, however long a loaded machine takes over it: with
    // the 3 s of outboxSendWaitBeforeAnswerMs, a send slowed past them (a pooled connection, then the
    // row's lock on PostgreSQL) let the unit resolve first, and the message looked unsent.
    const outbox = new MailOutbox({ db: server.db, transport, clock: server.clock, logger: recordingLogger(), sendWaitBeforeAnswerMs: 3_600_000 });
    await assert.rejects(
      runUnitOfWork(server.db, async () => {
        await outbox.send({ ...message, to: 'rolled-back@example.com' });
        throw new Error('the change failed');
      }),
    );
    await runUnitOfWork(server.db, async () => {
      await outbox.send(message);
      assert.equal(transport.messages.length, 0, 'not before the commit');
    });
    assert.deepEqual(
      transport.messages.map((sent) => sent.to),
      ['ada@example.com'],
    );
    assert.match(transport.messages[0]!.id ?? '', /^mail_/);
    assert.equal(await queued(), 0);
  });

  it('answers without waiting for the transport when told to (answerAfterSend: false), and still sends', { timeout: 60_000 }, async () => {
    const transport = new HangingMailer();
    // Waiting for the send would hold the unit for an hour: the test would time out.
    const outbox = new MailOutbox({ db: server.db, transport, clock: server.clock, logger: recordingLogger(), sendWaitBeforeAnswerMs: 3_600_000 });
    await runUnitOfWork(server.db, () => outbox.send(message, { answerAfterSend: false }));
    await new Promise((resolve) => setImmediate(resolve));
    while (transport.held.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(transport.held.map((sent) => sent.to), ['ada@example.com'], 'handed to the transport after the answer');
    transport.releaseAll();
    await outbox.close();
    assert.equal(await queued(), 0);
  });

  it('sends, at start-up, once and under its id, a message a crash left queued', async () => {
    const transport = new RecordingMailer();
    const now = server.clock.now().toISOString();
    await server.db
      .insertInto('mail_outbox')
      .values({ id: 'mail_left_by_a_crash', message: JSON.stringify(message), created_at: now, attempts: 0, available_at: now })
      .execute();
    const outbox = outboxWith(transport);
    await outbox.start();
    await outbox.close();
    // Another start finds nothing left: it was sent once.
    await outboxWith(transport).sweep();
    assert.deepEqual(
      transport.messages.map((sent) => sent.id),
      ['mail_left_by_a_crash'],
    );
    assert.equal(await queued(), 0);
  });

  it('tries a failed send again after a minute, then after two, and logs the id only', async () => {
    const transport = new FlakyMailer(2);
    const logger = recordingLogger();
    const outbox = outboxWith(transport, logger);
    await outbox.send(message);
    assert.equal(await queued(), 1);
    await outbox.sweep();
    assert.equal(transport.messages.length, 0, 'not due yet');
    server.clock.advance(60_000);
    await outbox.sweep();
    assert.equal(transport.messages.length, 0, 'failed again');
    server.clock.advance(2 * 60_000);
    await outbox.sweep();
    assert.equal(transport.messages.length, 1);
    assert.equal(await queued(), 0);
    const failures = logger.entries.filter((entry) => entry.event === 'mail_delivery_failed');
    assert.deepEqual(
      failures.map((entry) => entry.fields['attempts']),
      [1, 2],
    );
    assert.ok(!JSON.stringify(logger.entries).includes('ada@example.com'), 'no address in the logs');
  });

  it(`drops a message still failing after ${outboxGiveUpAfterHours} hours`, async () => {
    const logger = recordingLogger();
    const outbox = outboxWith(new FlakyMailer(Number.POSITIVE_INFINITY), logger);
    await outbox.send(message);
    server.clock.advance(outboxGiveUpAfterHours * 3_600_000);
    await outbox.sweep();
    assert.equal(await queued(), 0);
    assert.ok(logger.entries.some((entry) => entry.event === 'mail_dropped'));
  });

  it('answers an activation during an SMTP outage with 201, and sends its link once SMTP is back', async () => {
    server.mailer.failWith = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const response = await server.fromWidget('/v1/warranties/activations', activation(server.items[0]!));
    assert.equal(response.status, 201, await response.clone().text());
    const answered = (await response.json()) as { warranty: { status: string }; confirmationSentTo: string };
    assert.equal(answered.warranty.status, 'pending_confirmation');
    assert.equal(server.mailer.messages.length, 0);
    assert.equal(await queued(), 1, 'the e-mail waits in the outbox');

    server.mailer.failWith = undefined;
    server.clock.advance(60_000);
    await outboxWith(server.mailer).sweep();
    const confirmed = await server.fromWidget('/v1/warranties/confirmations', { token: tokenSentTo(server, 'jeanne@example.com') });
    assert.equal(confirmed.status, 200, await confirmed.clone().text());
    assert.equal(await queued(), 0);
  });

  it(`does not hold a request's answer while SMTP hangs, runs ${outboxConcurrentSends} sends at a time, and leaves those waiting their turn queued at close`, async () => {
    const transport = new HangingMailer();
    const outbox = new MailOutbox({ db: server.db, transport, clock: server.clock, logger: recordingLogger(), sendWaitBeforeAnswerMs: 10 });
    const messageCount = outboxConcurrentSends + 2;
    for (let index = 0; index < messageCount; index++) {
      // Resolves although the transport never answers: the answer waits for the send briefly only.
      await runUnitOfWork(server.db, () => outbox.send({ ...message, to: `owner-${index}@example.com` }));
    }
    // The sends started reach the transport in their own time (a loaded machine may take longer than the answer's 10 ms).
    while (transport.held.length < outboxConcurrentSends) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(transport.held.length, outboxConcurrentSends, 'the others wait their turn');
    const closed = outbox.close();
    transport.releaseAll();
    await closed;
    assert.equal(transport.held.length, outboxConcurrentSends, 'no send started after close');
    assert.equal(await queued(), messageCount - outboxConcurrentSends, 'the rest is sent at the next start');
  });
});
