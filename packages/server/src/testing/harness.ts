/**
 * A server on a fresh database with a small fixture brand, for the server's tests, the features'
 * tests and the end-to-end test (`@atelier/server/testing`).
 *
 *   describeEachDatabase('activation', (database) => {
 *     let server: TestServer;
 *     beforeEach(async () => { server = await createTestServer({ database }); });
 *     afterEach(() => server.close());
 *     it('…', async () => { const res = await server.request('/v1/brand', { key: 'publishable' }); });
 *   });
 */
import { describe, it } from 'node:test';
import { createApiKey } from '../api-keys.ts';
import { createServer, type App, type ServerOptions } from '../app.ts';
import { fixedClock } from '../clock.ts';
import { migrateToLatest, openDatabase, type DatabaseKind, type Db } from '../db/database.ts';
import type { ServerDeps } from '../deps.ts';
import { recordingLogger } from '../logger.ts';
import { RecordingMailer } from '../mail/recording-mailer.ts';
import { insertBrand, insertItems, insertModels, insertRetailers, insertServiceCentres, insertServiceTypes, setItemStatus, type SeededItem } from '../seed/building-blocks.ts';
import { appendProvenanceEvent } from '../features/provenance/events.ts';
import { insertDropOffSlots } from '../seed/drop-off-slots.ts';
import { brandSitePageTemplates, brandSiteServiceTrackerUrl, demoModels, demoRetailers, demoServiceCentres, demoServiceTypes, type BrandSpec, type RetailerSpec } from '../seed/demo-catalogue.ts';
import { createTestDatabase, postgresUnavailableReason } from './postgres.ts';
import type { PersonRole } from '@atelier/client/contract';
import { insertPerson, isRetailerRole } from '../features/people/people.ts';
import { startConsoleSession } from '../features/sessions/sessions.ts';

export { postgresUnavailableReason } from './postgres.ts';
export type { SeededItem } from '../seed/building-blocks.ts';

/** The fixture's "now": every test starts at the same instant. */
export const fixtureNow = '2026-11-25T10:00:00.000Z';
export const fixtureOrigin = 'https://www.maison-fixture.example';
export const fixturePublicUrl = 'https://www.maison-fixture.example';
/** The API's own origin in tests (`PUBLIC_ORIGIN`): the console's, which cookie writes must come from. */
export const fixtureConsoleOrigin = 'https://atelier.maison-fixture.example';

const fixtureBrand: BrandSpec = {
  pageUrlTemplates: brandSitePageTemplates(fixturePublicUrl),
  serviceTrackerUrl: brandSiteServiceTrackerUrl(fixturePublicUrl),
  id: 'brand_fixture',
  name: 'Maison Fixture',
  locales: ['en', 'fr', 'zh-Hant'],
  warrantyBaseMonths: 24,
  warrantyMonthsAddedPerService: 12,
  serviceIntervalMonths: 36,
};

export interface TestServerOptions {
  database: DatabaseKind;
  /** Pieces in stock to create (default 12). */
  itemCount?: number;
  /** Passed to createServer, e.g. low rate limits for a 429 test. */
  serverOptions?: ServerOptions;
}

export interface TestRequestInit {
  method?: string;
  /** Which fixture key to send as `Authorization: Bearer`; omit for none. `retailer` acts for `retailers[0]`, `otherRetailer` for `retailers[1]`. */
  key?: 'publishable' | 'secret' | 'retailer' | 'otherRetailer';
  /**
   * A console session to send (the `Cookie` header value `signIn` answers). A write with a
   * session is sent from the console's origin unless `origin` says otherwise.
   */
  session?: string;
  /** The `Origin` header; null sends none. Default: the console's for a write with a session, none otherwise. */
  origin?: string | null;
  /** Sent as JSON with `Content-Type: application/json` unless a string (sent as is). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface TestPerson {
  role: PersonRole;
  retailerId?: string;
  email?: string;
}

export interface SignedInTestPerson {
  personId: string;
  sessionId: string;
  email: string;
  /** `__Host-atelier_session=<token>`: the `Cookie` header value. */
  session: string;
}

export interface TestServer {
  database: DatabaseKind;
  /** PostgreSQL: the test database's URL, for a second connection pool (another instance's). */
  databaseUrl?: string;
  app: App;
  deps: ServerDeps;
  db: Db;
  mailer: RecordingMailer;
  clock: ReturnType<typeof fixedClock>;
  logger: ReturnType<typeof recordingLogger>;
  brand: { id: string; name: string };
  keys: { publishable: string; secret: string; retailer: string; otherRetailer: string; origin: string };
  /** Pieces in stock, with their card codes in clear. */
  items: SeededItem[];
  /** Pieces that can never be activated. */
  unavailableItems: { stolen: SeededItem; destroyed: SeededItem };
  retailers: RetailerSpec[];
  /** Calls the app in process. */
  request(path: string, init?: TestRequestInit): Promise<Response>;
  /** Calls the app as the brand site's widgets do: publishable key, from the brand's origin; POSTs `body` when given. */
  fromWidget(path: string, body?: unknown): Promise<Response>;
  /**
   * Adds a person to the fixture brand (a retailer role works for `retailerId`, default
   * `retailers[0]`) and signs them in; `session` is the `Cookie` header value for `request`.
   */
  signIn(person: TestPerson): Promise<SignedInTestPerson>;
  close(): Promise<void>;
}

async function openTestDatabase(database: DatabaseKind): Promise<{ db: Db; databaseUrl?: string; dispose: () => Promise<void> }> {
  if (database === 'sqlite') {
    const db = openDatabase({ dataDir: ':memory:' });
    return { db, dispose: () => db.destroy() };
  }
  const reason = await postgresUnavailableReason();
  if (reason) throw new Error(reason);
  const created = await createTestDatabase();
  const db = openDatabase({ databaseUrl: created.url });
  return {
    db,
    databaseUrl: created.url,
    dispose: async () => {
      await db.destroy();
      await created.drop();
    },
  };
}

/** What seedFixture puts in a migrated database. */
export interface SeededFixture {
  brand: { id: string; name: string };
  keys: { publishable: string; secret: string; retailer: string; otherRetailer: string; origin: string };
  /** Pieces in stock, with their card codes in clear. */
  items: SeededItem[];
  /** Pieces that can never be activated. */
  unavailableItems: { stolen: SeededItem; destroyed: SeededItem };
  retailers: RetailerSpec[];
}

/**
 * The fixture brand, its catalogue, retailers, a service centre with drop-off slots from `now`
 * on, `itemCount` pieces in stock (default 12), a stolen and a destroyed piece, and one key of each kind.
 */
export async function seedFixture(db: Db, options: { now: Date; itemCount?: number | undefined }): Promise<SeededFixture> {
  const { now } = options;
  await insertBrand(db, fixtureBrand, now);
  const models = await insertModels(db, fixtureBrand.id, demoModels.slice(0, 4));
  const retailers = demoRetailers.slice(0, 3);
  await insertRetailers(db, fixtureBrand.id, retailers);
  // Every service type of the demo brand, so a test can add any demo centre.
  await insertServiceTypes(db, fixtureBrand.id, demoServiceTypes);
  const serviceCentres = demoServiceCentres.slice(0, 1);
  await insertServiceCentres(db, fixtureBrand.id, serviceCentres);
  await insertDropOffSlots(db, fixtureBrand.id, serviceCentres, now);
  const seeded = await insertItems(db, {
    brandId: fixtureBrand.id,
    models,
    count: (options.itemCount ?? 12) + 2,
    serialPrefix: 'FX-',
    firstSerialNumber: 100001,
    firstManufacturedOn: '2025-01-06',
    daysBetweenPieces: 7,
    now,
  });
  const stolen = seeded.at(-2)!;
  const destroyed = seeded.at(-1)!;
  await setItemStatus(db, stolen.id, 'stolen');
  await appendProvenanceEvent(
    db,
    { brandId: fixtureBrand.id, itemId: stolen.id, type: 'reported_stolen', occurredAt: '2026-10-02T09:00:00.000Z', place: { retailerId: null, country: 'FR', city: 'Paris' }, details: {} },
    now,
  );
  await setItemStatus(db, destroyed.id, 'destroyed');
  const publishable = await createApiKey(db, { brandId: fixtureBrand.id, kind: 'publishable', allowedOrigins: [fixtureOrigin], label: 'fixture site', now });
  const secret = await createApiKey(db, { brandId: fixtureBrand.id, kind: 'secret', label: 'fixture back office', now });
  const retailerKey = await createApiKey(db, { brandId: fixtureBrand.id, kind: 'retailer', retailerId: retailers[0]!.id, label: 'fixture retailer', now });
  const otherRetailerKey = await createApiKey(db, { brandId: fixtureBrand.id, kind: 'retailer', retailerId: retailers[1]!.id, label: 'fixture other retailer', now });
  return {
    brand: { id: fixtureBrand.id, name: fixtureBrand.name },
    keys: { publishable: publishable.key, secret: secret.key, retailer: retailerKey.key, otherRetailer: otherRetailerKey.key, origin: fixtureOrigin },
    items: seeded.slice(0, -2),
    unavailableItems: { stolen, destroyed },
    retailers,
  };
}

/** The test's 500 says only "internal_error": the line naming the operation and the code is printed too. */
function echoingUndeclaredErrorCodes(logger: ReturnType<typeof recordingLogger>): ReturnType<typeof recordingLogger> {
  const record = logger.error;
  logger.error = (event, fields) => {
    record(event, fields);
    if (event === 'undeclared_error_code') process.stderr.write(`${event} ${JSON.stringify(fields)}\n`);
  };
  return logger;
}

export async function createTestServer(options: TestServerOptions): Promise<TestServer> {
  const { db, databaseUrl, dispose } = await openTestDatabase(options.database);
  await migrateToLatest(db);
  const clock = fixedClock(fixtureNow);
  const fixture = await seedFixture(db, { now: clock.now(), itemCount: options.itemCount });
  const { keys } = fixture;

  const mailer = new RecordingMailer();
  const logger = echoingUndeclaredErrorCodes(recordingLogger());
  const deps: ServerDeps = { db, mailer, clock, publicUrl: fixturePublicUrl, publicOrigin: fixtureConsoleOrigin, logger };
  // An error code its operation does not declare fails the test that reached it (answered 500).
  const app = createServer({ ...deps, options: { logger, undeclaredErrorCodes: 'fail', ...options.serverOptions } });

  const request: TestServer['request'] = async (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('Authorization', `Bearer ${keys[init.key]}`);
    if (init.session) headers.set('Cookie', init.session);
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    }
    const method = init.method ?? (body === undefined ? 'GET' : 'POST');
    const origin = init.origin === undefined ? (init.session && method !== 'GET' ? fixtureConsoleOrigin : undefined) : init.origin;
    if (origin) headers.set('Origin', origin);
    return app.request(path, { method, headers, body });
  };

  let peopleSignedIn = 0;
  const signIn: TestServer['signIn'] = async (who) => {
    peopleSignedIn += 1;
    const email = who.email ?? `${who.role}-${String(peopleSignedIn)}@maison-fixture.example`;
    const retailerId = isRetailerRole(who.role) ? (who.retailerId ?? fixture.retailers[0]!.id) : null;
    const person = await insertPerson(db, { brandId: fixture.brand.id, retailerId, email, displayName: null, role: who.role, status: 'active', invitedBy: null, now: clock.now() });
    const http = { request: new Request('https://test.invalid/'), responseHeaders: new Headers() };
    const me = await startConsoleSession({ db, clock }, { personId: person.id, http, ip: '203.0.113.7' });
    const session = (http.responseHeaders.get('Set-Cookie') ?? '').split(';')[0]!;
    return { personId: person.id, sessionId: me.session.id, email, session };
  };

  return {
    database: options.database,
    ...(databaseUrl !== undefined && { databaseUrl }),
    app,
    deps,
    db,
    mailer,
    clock,
    logger,
    ...fixture,
    request,
    fromWidget: (path, body) => request(path, { key: 'publishable', headers: { Origin: keys.origin }, body }),
    signIn,
    async close() {
      await app.drain();
      await dispose();
    },
  };
}

const databases: DatabaseKind[] = ['sqlite', 'postgres'];

/**
 * Declares the suite once per database. PostgreSQL suites are skipped, with the reason shown,
 * when PostgreSQL is unreachable, except under `CI`, where they fail instead: CI must test both.
 */
export function describeEachDatabase(name: string, suite: (database: DatabaseKind) => void): void {
  for (const database of databases) {
    describe(`${name} [${database}]`, async () => {
      if (database === 'postgres') {
        const reason = await postgresUnavailableReason();
        if (reason && process.env['CI']) throw new Error(`CI requires PostgreSQL: ${reason}`);
        if (reason) {
          it('runs on PostgreSQL', { skip: reason }, () => {});
          return;
        }
      }
      suite(database);
    });
  }
}
