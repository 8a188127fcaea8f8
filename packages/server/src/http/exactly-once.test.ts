/**
 * Exactly once, even across `kill -9`: the real server (`atelier-server start`, a child process
 * on a SQLite file or a PostgreSQL database) takes a burst of bookings, sales and activations,
 * each with its own Idempotency-Key, and is killed with SIGKILL in the middle — at exact points
 * (just before a unit of work commits, just after it, between sending an e-mail and forgetting
 * it: src/testing/crash-points.ts) and at a random moment — then restarted on the same database.
 * Every request is retried with its key until it has an answer; then each effect is there
 * exactly once: the rows, the tracking codes, the confirmation tokens, the e-mails.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { migrateToLatest, openDatabase, type Db } from '../db/database.ts';
import { fixtureCentreId } from '../features/repairs/testing.ts';
import { outboxSentChannel } from '../mail/outbox.ts';
import { unitCommittedChannel, unitCommittingChannel } from '../db/unit-of-work.ts';
import { createTestDatabase, describeEachDatabase, seedFixture, type SeededFixture } from '../testing/index.ts';
import { crashAtVariable } from '../testing/crash-points.ts';

const serverBin = fileURLToPath(new URL('../../bin/atelier-server.js', import.meta.url));
const crashPointsModule = fileURLToPath(new URL('../testing/crash-points.ts', import.meta.url));

const bookingCount = 20;
const slotBookingCount = 5;
const saleCount = 15;
const activationCount = 15;
/** Requests in flight at once: enough that a kill finds several of them mid-way. */
const concurrentRequests = 8;
/**
 * Generous, as the whole test's: loading the server takes 3–4 s of CPU, so its four starts take
 * ~15 s on a quiet machine but minutes on a shared one (measured at a load average of 22: ~25 s a start).
 */
const serverStartTimeoutMs = 120_000;
const testTimeoutMs = 600_000;
const requestTimeoutMs = 15_000;
/** Between two passes over the requests still unanswered in the last round (409 while a twin runs). */
const retryPauseMs = 100;
const maxRetryPasses = 50;

/**
 * Where each round's server kills itself: just before the 3rd unit of work commits, just after
 * the 4th commits (its answer and e-mail not yet out), right after the 3rd e-mail is written
 * (before the outbox forgets it; the e-mails the previous kill left queued are sent first, at start-up).
 */
const crashPoints = [`${String(unitCommittingChannel.name)}#3`, `${String(unitCommittedChannel.name)}#4`, `${String(outboxSentChannel.name)}#3`];

interface KeyedRequest {
  kind: 'booking' | 'sale' | 'activation';
  path: string;
  key: 'publishable' | 'secret';
  idempotencyKey: string;
  body: Record<string, unknown>;
  /** The address its e-mail goes to. */
  email: string;
  serial: string;
  slotId?: string;
}

interface Answer {
  status: number;
  body: string;
  replayed: boolean;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function keyedRequests(fixture: SeededFixture, slotIds: string[], runId: string): KeyedRequest[] {
  const yesterday = isoDay(new Date(Date.now() - 86_400_000));
  const pieces = [...fixture.items];
  const take = () => pieces.shift()!;
  const requests: KeyedRequest[] = [];
  for (let index = 0; index < bookingCount; index++) {
    const piece = take();
    const email = `booking-${index}@example.com`;
    const slotId = index < slotBookingCount ? slotIds[index] : undefined;
    requests.push({
      kind: 'booking',
      path: '/v1/repairs',
      key: 'publishable',
      idempotencyKey: `${runId}-booking-${index}`,
      body: {
        serial: piece.serial,
        serviceType: 'full_service',
        description: 'Loses a minute a day.',
        serviceCentreId: fixtureCentreId,
        dropOff: slotId ? { method: 'slot', slotId } : { method: 'mail_in' },
        contact: { name: `Booker ${index}`, email, language: 'en' },
      },
      email,
      serial: piece.serial,
      ...(slotId ? { slotId } : {}),
    });
  }
  for (let index = 0; index < saleCount; index++) {
    const piece = take();
    const email = `sale-${index}@example.com`;
    requests.push({
      kind: 'sale',
      path: '/v1/sales',
      key: 'secret',
      idempotencyKey: `${runId}-sale-${index}`,
      body: { serial: piece.serial, retailerId: fixture.retailers[0]!.id, purchaseDate: yesterday, buyer: { name: `Buyer ${index}`, email, country: 'FR', language: 'fr' } },
      email,
      serial: piece.serial,
    });
  }
  for (let index = 0; index < activationCount; index++) {
    const piece = take();
    const email = `activation-${index}@example.com`;
    requests.push({
      kind: 'activation',
      path: '/v1/warranties/activations',
      key: 'publishable',
      idempotencyKey: `${runId}-activation-${index}`,
      body: { serial: piece.serial, cardCode: piece.cardCode, purchaseDate: yesterday, owner: { name: `Owner ${index}`, email, country: 'GB', language: 'en' }, consents: { service: true, marketing: false } },
      email,
      serial: piece.serial,
    });
  }
  // Interleaved, so every kind is in flight when a kill lands.
  return requests.sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey));
}

/** A running `atelier-server start`, its address once it listens (undefined if it died first), and its exit. */
interface RunningServer {
  child: ChildProcess;
  baseUrl: string | undefined;
  exited: Promise<void>;
  hasExited: () => boolean;
}

async function startServer(env: NodeJS.ProcessEnv, crashAt: string | undefined, started: Set<ChildProcess>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', crashPointsModule, serverBin, 'start'], {
    env: { ...env, [crashAtVariable]: crashAt ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number | undefined>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within ${serverStartTimeoutMs} ms: ${stderr}`)), serverStartTimeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { event?: string; port?: number };
      if (entry.event === 'listening' && entry.port) {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
    // A crash point may be reached at start-up, by the e-mails a previous kill left queued.
    void exitPromise.then(() => {
      clearTimeout(timer);
      if (crashAt) resolve(undefined);
      else reject(new Error(`the server exited before listening: ${stderr}`));
    });
  });
  return { child, baseUrl: port === undefined ? undefined : `http://127.0.0.1:${port}`, exited: exitPromise, hasExited: () => exited };
}

async function send(server: RunningServer, keys: SeededFixture['keys'], request: KeyedRequest): Promise<Answer | undefined> {
  if (server.baseUrl === undefined) return undefined;
  try {
    const response = await fetch(`${server.baseUrl}${request.path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${keys[request.key]}`, 'Content-Type': 'application/json', 'Idempotency-Key': request.idempotencyKey },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    return { status: response.status, body: await response.text(), replayed: response.headers.get('Idempotent-Replayed') === 'true' };
  } catch {
    // The server died with the request in flight: no answer, retried in the next round.
    return undefined;
  }
}

/** Sends each request `concurrentRequests` at a time until all are sent or the server is gone; returns the answers it got. */
async function sendRound(server: RunningServer, keys: SeededFixture['keys'], requests: KeyedRequest[]): Promise<Map<KeyedRequest, Answer>> {
  const answers = new Map<KeyedRequest, Answer>();
  const queue = [...requests];
  const worker = async () => {
    for (let request = queue.shift(); request && !server.hasExited(); request = queue.shift()) {
      const answer = await send(server, keys, request);
      // 409 (a twin of it still runs) and 5xx (nothing was kept) ask for a retry, as no answer does.
      if (answer && answer.status !== 409 && answer.status < 500) answers.set(request, answer);
    }
  };
  await Promise.all(Array.from({ length: concurrentRequests }, worker));
  return answers;
}

async function count(db: Db, table: 'repair_orders' | 'warranties' | 'confirmation_tokens' | 'mail_outbox'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Each written e-mail's recipient and its raw text. */
function writtenMail(mailDir: string): Array<{ to: string; text: string }> {
  return readdirSync(mailDir)
    .filter((name) => name.endsWith('.eml'))
    .map((name) => {
      const text = readFileSync(join(mailDir, name), 'utf8');
      return { to: /^To: (.+)$/m.exec(text)?.[1]?.trim() ?? '', text };
    });
}

describeEachDatabase('exactly once across kill -9', (database) => {
  it('acts once per key, replays every answer and sends each e-mail once, whatever point of a request the server dies at', { timeout: testTimeoutMs }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-exactly-once-'));
    const postgres = database === 'postgres' ? await createTestDatabase() : undefined;
    const openRegistry = () => openDatabase({ databaseUrl: postgres?.url, dataDir });
    const children = new Set<ChildProcess>();
    try {
      let db = openRegistry();
      await migrateToLatest(db);
      const fixture = await seedFixture(db, { now: new Date(), itemCount: bookingCount + saleCount + activationCount });
      const slots = await db
        .selectFrom('drop_off_slots')
        .select('id')
        .where('starts_at', '>', new Date(Date.now() + 86_400_000).toISOString())
        .orderBy('starts_at')
        .limit(slotBookingCount)
        .execute();
      await db.destroy();
      const requests = keyedRequests(
        fixture,
        slots.map((slot) => slot.id),
        'eo',
      );

      const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '', SMTP_URL: '' };
      const firstAnswers = new Map<KeyedRequest, Answer>();
      for (const crashAt of crashPoints) {
        const server = await startServer(env, crashAt, children);
        const unanswered = requests.filter((request) => !firstAnswers.has(request));
        for (const [request, answer] of await sendRound(server, fixture.keys, unanswered)) firstAnswers.set(request, answer);
        // A crash point not reached (too few requests left) still ends the round with a kill.
        if (!server.hasExited()) server.child.kill('SIGKILL');
        await server.exited;
      }
      const answeredBeforeLastRestart = firstAnswers.size;
      assert.ok(answeredBeforeLastRestart < requests.length, 'some requests were cut by the kills');

      const server = await startServer(env, undefined, children);
      try {
        for (let pass = 1, unanswered = requests.filter((r) => !firstAnswers.has(r)); unanswered.length > 0; pass++, unanswered = requests.filter((r) => !firstAnswers.has(r))) {
          assert.ok(pass <= maxRetryPasses, `still unanswered after ${maxRetryPasses} passes: ${unanswered.map((r) => r.idempotencyKey).join(', ')}`);
          for (const [request, answer] of await sendRound(server, fixture.keys, unanswered)) firstAnswers.set(request, answer);
          await delay(retryPauseMs);
        }
        for (const request of requests) {
          const first = firstAnswers.get(request)!;
          assert.equal(first.status, 201, `${request.kind} ${request.idempotencyKey}: ${first.body}`);
          const again = await send(server, fixture.keys, request);
          assert.ok(again?.replayed, `${request.idempotencyKey} is replayed`);
          assert.equal(again.body, first.body, `${request.idempotencyKey} replays its first answer`);
        }
        db = openRegistry();
        // The e-mails of units committed just before a kill are sent by the restarted server.
        for (let waited = 0; (await count(db, 'mail_outbox')) > 0; waited += retryPauseMs) {
          assert.ok(waited < serverStartTimeoutMs, 'the outbox empties');
          await delay(retryPauseMs);
        }
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
      }

      try {
        const bookings = requests.filter((r) => r.kind === 'booking');
        const repairs = await db.selectFrom('repair_orders').select(['tracking_code', 'contact_email', 'drop_off_slot_id']).execute();
        assert.equal(repairs.length, bookings.length, 'one repair per booking');
        for (const booking of bookings) {
          const answered = JSON.parse(firstAnswers.get(booking)!.body) as { trackingCode: string };
          const rows = repairs.filter((repair) => repair.contact_email === booking.email);
          assert.deepEqual(
            rows.map((row) => row.tracking_code),
            [answered.trackingCode],
            `${booking.email}: one repair, with the tracking code answered`,
          );
        }
        const slotsBooked = await db.selectFrom('drop_off_slots').select(['id', 'booked']).where('id', 'in', slots.map((slot) => slot.id)).execute();
        assert.deepEqual(slotsBooked.map((slot) => slot.booked).sort(), slots.map(() => 1), 'each slot place taken once');

        const registrations = requests.filter((r) => r.kind !== 'booking');
        assert.equal(await count(db, 'warranties'), registrations.length, 'one warranty per sale or activation');
        assert.equal(await count(db, 'confirmation_tokens'), registrations.length, 'one confirmation link each: none sent again');
        for (const registration of registrations) {
          const answered = JSON.parse(firstAnswers.get(registration)!.body) as { warranty: { id: string } };
          const warranty = await db
            .selectFrom('warranties')
            .innerJoin('items', 'items.id', 'warranties.item_id')
            .select('warranties.id')
            .where('items.serial', '=', registration.serial)
            .executeTakeFirstOrThrow();
          assert.equal(warranty.id, answered.warranty.id, `${registration.idempotencyKey} answered the warranty recorded`);
        }
        const soldEvents = await db.selectFrom('provenance_events').select('item_id').where('type', '=', 'sold').execute();
        assert.equal(soldEvents.length, saleCount, 'one sold event per retailer sale');

        const mail = writtenMail(join(dataDir, 'mail'));
        assert.equal(mail.length, requests.length, 'one e-mail per request');
        for (const request of requests) {
          const sent = mail.filter((message) => message.to === request.email);
          assert.equal(sent.length, 1, `one e-mail to ${request.email}`);
          if (request.kind === 'booking') {
            const { trackingCode } = JSON.parse(firstAnswers.get(request)!.body) as { trackingCode: string };
            assert.ok(sent[0]!.text.includes(trackingCode), `the booking e-mail to ${request.email} carries the tracking code answered`);
          }
        }
      } finally {
        await db.destroy();
      }
    } finally {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await postgres?.drop({ force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
