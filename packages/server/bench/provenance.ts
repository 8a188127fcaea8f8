/**
 * Benchmark of `GET /v1/provenance/{serial}` (a script, not a test): `pnpm --filter @atelier/server bench`.
 *
 * 1. Seeds 1,000,000 pieces with short histories (manufactured, sold, warranty_activated, and a
 *    service for one piece in ten) into a SQLite file under a temporary directory. Fast path:
 *    node:sqlite prepared statements in large transactions, and ONE precomputed card-code hash
 *    reused by every piece (scrypt per piece would take hours and the lookup never reads it).
 *    Chains are real: each event is hashed with the client's canonical form and each head signed
 *    with the brand's key, exactly as the server writes them (node:crypto's synchronous
 *    SHA-256/Ed25519 give the same bytes as WebCrypto, faster).
 * 2. Starts the real server (createServer over that file) on loopback, with its own publishable
 *    key and rate limits lifted (counters are still written on every request, as in production;
 *    only the budgets are raised so the load is not refused) and request logging silenced.
 * 3. From a separate process (bench/load.ts, autocannon), 32 connections: first BENCH_WARMUP_SECONDS
 *    (default 5) of unmeasured load on each target (JIT compilation, the SQLite threads' caches),
 *    then BENCH_SECONDS (default 20) per target in BENCH_ROUNDS (default 4) alternating rounds,
 *    random serials against the bare `/healthz` route, so load from elsewhere on the machine falls
 *    on both alike. Each round is printed, so the spread shows.
 * 4. Prints req/s (over all rounds), p50 (median round) and p99 (worst round) for both and their
 *    ratio, then PASS/FAIL against the budget; exits 1 on FAIL.
 *
 * `BENCH_DATA_DIR=<dir>` keeps the seeded database there and reuses it on the next run (same
 * `BENCH_PIECES`), to iterate on the server without reseeding.
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { canonicalEventBytes } from '@atelier/client';
import { createApiKey } from '../src/api-keys.ts';
import { createServer } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import { migrateToLatest, openDatabase } from '../src/db/database.ts';
import { toUnchainedEvent } from '../src/features/provenance/public-event.ts';
import { hashCardCode } from '../src/features/warranties/card-code.ts';
import type { Logger } from '../src/logger.ts';
import { RecordingMailer } from '../src/mail/recording-mailer.ts';
import { insertBrand, insertModels, insertRetailers, insertServiceCentres } from '../src/seed/building-blocks.ts';
import { demoBrand, demoModels, demoRetailers, demoServiceCentres } from '../src/seed/demo-catalogue.ts';

const pieceCount = Number(process.env['BENCH_PIECES'] ?? 1_000_000);
/** Measured seconds per target, split evenly over the rounds. */
const loadSeconds = Number(process.env['BENCH_SECONDS'] ?? 20);
/** Unmeasured load per target before the rounds: JIT compilation, page caches, the SQLite threads' statements. */
const warmUpSeconds = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 5);
/**
 * Targets are measured in alternating rounds (lookups, bare, lookups, bare…) so that load from
 * elsewhere on the machine falls on both alike rather than on whichever ran during it.
 */
const measuredRounds = Number(process.env['BENCH_ROUNDS'] ?? 4);
const concurrentConnections = 32;
const piecesPerTransaction = 20_000;
/** One piece in this many has had a service. */
const servicedEveryNthPiece = 10;
const serialPrefix = 'BN-';
/** The budget of issue 3. */
const minimumLookupShareOfBareRate = 0.4;
const maximumLookupP99Ms = 25;
/** Budgets high enough that the load is never refused. */
const liftedBudget = { requestsPerWindow: 1_000_000_000, windowSeconds: 60 };

const silentLogger: Logger = { info: () => {}, error: () => {} };
const run = promisify(execFile);

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function seed(dataDir: string): Promise<{ apiKey: string }> {
  const db = openDatabase({ dataDir });
  await migrateToLatest(db);
  const now = new Date();
  await insertBrand(db, demoBrand, now);
  const models = [...(await insertModels(db, demoBrand.id, demoModels)).values()];
  await insertRetailers(db, demoBrand.id, demoRetailers);
  await insertServiceCentres(db, demoBrand.id, demoServiceCentres);
  const key = await createApiKey(db, { brandId: demoBrand.id, kind: 'publishable', allowedOrigins: [], label: 'benchmark', now });
  const signing = await db.selectFrom('brand_signing_keys').select(['kid', 'private_key_pkcs8']).executeTakeFirstOrThrow();
  await db.destroy();

  const privateKey = createPrivateKey({ key: Buffer.from(signing.private_key_pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
  const cardCodeHash = await hashCardCode('BENCH-CARD-CODE');
  const sqlite = new DatabaseSync(join(dataDir, 'atelier.sqlite'));
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = OFF');
  const insertItem = sqlite.prepare(
    `insert into items (id, brand_id, serial, gtin, model_id, manufactured_on, status, card_code_hash, created_at) values (?, ?, ?, null, ?, ?, 'sold', ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `insert into provenance_events (id, brand_id, item_id, type, occurred_at, country, city, retailer_id, details, recorded_at, sequence, hash, previous_hash, head_signature, head_key_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const createdAt = now.toISOString();
  const startedAt = performance.now();
  for (let start = 0; start < pieceCount; start += piecesPerTransaction) {
    sqlite.exec('begin');
    for (let index = start; index < Math.min(start + piecesPerTransaction, pieceCount); index++) {
      const serial = `${serialPrefix}${index + 1}`;
      const itemId = `itm_bench_${index + 1}`;
      const retailer = demoRetailers[index % demoRetailers.length]!;
      const year = 2020 + (index % 6);
      const month = String(1 + (index % 12)).padStart(2, '0');
      insertItem.run(itemId, demoBrand.id, serial, models[index % models.length]!.id, `${year}-${month}-01`, cardCodeHash, createdAt);
      const history: { type: 'manufactured' | 'sold' | 'warranty_activated' | 'serviced'; occurred_at: string; country: string; city: string; retailer: string | null; details: string }[] = [
        { type: 'manufactured', occurred_at: `${year}-${month}-01T00:00:00.000Z`, country: 'CH', city: 'Genève', retailer: null, details: '{}' },
        { type: 'sold', occurred_at: `${year}-${month}-20T00:00:00.000Z`, country: retailer.country, city: retailer.city, retailer: retailer.id, details: '{"source":"retailer"}' },
        { type: 'warranty_activated', occurred_at: `${year}-${month}-21T10:00:00.000Z`, country: retailer.country, city: retailer.city, retailer: retailer.id, details: '{}' },
      ];
      if (index % servicedEveryNthPiece === 0) history.push({ type: 'serviced', occurred_at: `${year + 1}-${month}-05T00:00:00.000Z`, country: 'CH', city: 'Genève', retailer: null, details: '{"serviceType":"full_service"}' });
      let previousHash: string | null = null;
      for (const [position, event] of history.entries()) {
        const sequence = position + 1;
        const hash = sha256Hex(canonicalEventBytes(serial, { ...toUnchainedEvent({ ...event, sequence }), previousHash }));
        const isHead = sequence === history.length;
        const signature = isHead ? sign(null, Buffer.from(hash, 'hex'), privateKey).toString('base64url') : null;
        insertEvent.run(`pev_bench_${index + 1}_${sequence}`, demoBrand.id, itemId, event.type, event.occurred_at, event.country, event.city, event.retailer, event.details, createdAt, sequence, hash, previousHash, signature, isHead ? signing.kid : null);
        previousHash = hash;
      }
    }
    sqlite.exec('commit');
    process.stdout.write(`\rseeded ${Math.min(start + piecesPerTransaction, pieceCount).toLocaleString('en')} pieces`);
  }
  sqlite.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  sqlite.close();
  console.log(` in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  return { apiKey: key.key };
}

interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  total: number;
}

async function drive(url: string, apiKey: string | undefined, randomSerials: boolean, seconds: number): Promise<LoadFigures> {
  const loadScript = fileURLToPath(new URL('./load.ts', import.meta.url));
  const args = [loadScript, url, String(seconds), String(concurrentConnections)];
  if (randomSerials) args.push(serialPrefix, String(pieceCount));
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, BENCH_API_KEY: apiKey ?? '' }, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadFigures;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The rounds of one target as one figure: the rate over all of them, the median p50 and, to stay
 * on the safe side, the worst round's p99.
 */
function combined(rounds: LoadFigures[], roundSeconds: number): LoadFigures {
  const total = rounds.reduce((sum, round) => sum + round.total, 0);
  return {
    requestsPerSecond: total / (roundSeconds * rounds.length),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: Math.max(...rounds.map((round) => round.p99Ms)),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    total,
  };
}

/**
 * `BENCH_DATA_DIR`: seed into this directory and keep it, or reuse it when it already holds a seed
 * of the same size (seeding a million pieces takes about a minute; iterating on the server should not).
 */
const keptDataDir = process.env['BENCH_DATA_DIR'];
const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'atelier-bench-'));
const seedManifest = join(dataDir, 'bench-seed.json');

async function seededDatabase(): Promise<{ apiKey: string }> {
  if (keptDataDir && existsSync(seedManifest)) {
    const manifest = JSON.parse(readFileSync(seedManifest, 'utf8')) as { pieceCount: number; apiKey: string };
    if (manifest.pieceCount === pieceCount) {
      console.log(`reusing the ${pieceCount.toLocaleString('en')} pieces seeded in ${dataDir}`);
      return { apiKey: manifest.apiKey };
    }
    throw new Error(`${dataDir} holds ${manifest.pieceCount} pieces, not ${pieceCount}: pick another BENCH_DATA_DIR`);
  }
  const seeded = await seed(dataDir);
  // The benchmark brand's key, kept beside its throwaway database only (mode 600).
  if (keptDataDir) writeFileSync(seedManifest, JSON.stringify({ pieceCount, apiKey: seeded.apiKey }), { mode: 0o600 });
  return seeded;
}

try {
  const { apiKey } = await seededDatabase();
  const db = openDatabase({ dataDir });
  const app = createServer({
    db,
    mailer: new RecordingMailer(),
    clock: systemClock,
    publicUrl: 'http://localhost:5173',
    options: {
      logger: silentLogger,
      rateLimits: {
        publishable: { name: 'publishable', ...liftedBudget },
        secret: { name: 'secret', ...liftedBudget },
        anonymous: { name: 'anonymous', ...liftedBudget },
      },
      provenanceLookupLimits: {
        perKey: { name: 'provenance-key', ...liftedBudget },
        perAddress: { name: 'provenance-address', ...liftedBudget },
        digitalLinkPerAddress: { name: 'digital-link-address', ...liftedBudget },
      },
    },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const warmUp = await fetch(`${base}/v1/provenance/${serialPrefix}1`, { headers: { Authorization: `Bearer ${apiKey}` } });
  if (warmUp.status !== 200) throw new Error(`The lookup answered ${warmUp.status}: ${await warmUp.text()}`);

  const driveLookups = (seconds: number) => drive(`${base}/v1/provenance/`, apiKey, true, seconds);
  const driveBare = (seconds: number) => drive(`${base}/healthz`, undefined, false, seconds);
  if (warmUpSeconds > 0) {
    console.log(`warming up: ${warmUpSeconds} s per target, not measured`);
    await driveLookups(warmUpSeconds);
    await driveBare(warmUpSeconds);
  }
  const roundSeconds = loadSeconds / measuredRounds;
  const lookupRounds: LoadFigures[] = [];
  const bareRounds: LoadFigures[] = [];
  for (let round = 1; round <= measuredRounds; round++) {
    lookupRounds.push(await driveLookups(roundSeconds));
    bareRounds.push(await driveBare(roundSeconds));
    const [lookupRound, bareRound] = [lookupRounds.at(-1)!, bareRounds.at(-1)!];
    console.log(
      `round ${round}/${measuredRounds}: lookups ${lookupRound.requestsPerSecond.toFixed(0)} req/s (p99 ${lookupRound.p99Ms} ms), bare ${bareRound.requestsPerSecond.toFixed(0)} req/s, ratio ${((100 * lookupRound.requestsPerSecond) / bareRound.requestsPerSecond).toFixed(1)}%`,
    );
  }
  const lookup = combined(lookupRounds, roundSeconds);
  const bare = combined(bareRounds, roundSeconds);
  server.close();
  await app.drain();
  await db.destroy();

  const ratio = lookup.requestsPerSecond / bare.requestsPerSecond;
  const row = (name: string, figures: LoadFigures) =>
    `${name.padEnd(28)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50Ms).padStart(4)} ms   p99 ${String(figures.p99Ms).padStart(4)} ms   non-2xx ${figures.non2xx}   errors ${figures.errors}`;
  console.log(
    `\n${pieceCount.toLocaleString('en')} pieces, ${concurrentConnections} connections, ${loadSeconds} s per target in ${measuredRounds} alternating rounds after ${warmUpSeconds} s of warm-up, Node ${process.version}`,
  );
  console.log(row('GET /v1/provenance/{serial}', lookup));
  console.log(row('GET /healthz (bare)', bare));
  console.log(`ratio lookups / bare: ${(ratio * 100).toFixed(1)}%`);
  const failures: string[] = [];
  if (ratio < minimumLookupShareOfBareRate) failures.push(`lookups reach ${(ratio * 100).toFixed(1)}% of the bare rate (budget ≥ ${minimumLookupShareOfBareRate * 100}%)`);
  if (lookup.p99Ms >= maximumLookupP99Ms) failures.push(`lookup p99 ${lookup.p99Ms} ms (budget < ${maximumLookupP99Ms} ms)`);
  if (lookup.non2xx > 0 || lookup.errors > 0) failures.push(`${lookup.non2xx} non-2xx answers and ${lookup.errors} errors during the lookups`);
  console.log(failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
}
