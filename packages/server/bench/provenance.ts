/**
 * Benchmark of `GET /v1/provenance/{serial}` (a script, not a test): `pnpm --filter @atelier/server bench`.
 *
 * 1. Seeds 1,000,000 pieces with short histories (manufactured, sold, warranty_activated, and a
 *    service for one piece in ten) into a SQLite file under a temporary directory. Fast path:
 *    node:sqlite prepared statements in large transactions, and ONE precomputed card-code hash
 *    reused by every piece (scrypt per piece would take hours and the lookup never reads it).
 *    Chains are real: each event is hashed with the client's canonical form and each head signed
 *    with the brand's key, exactly as the server writes them (node:crypto's synchronous
 *    SHA-256/Ed25519 give the same bytes as WebCrypto, faster). Then each piece's public record is
 *    stored, built by the server's own code, as its first lookup would have stored it: the
 *    registry in its steady state.
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
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServer } from './bench-server.ts';
import { concurrentConnections, drive, type LoadFigures } from './drive.ts';
import { seededRegistry, serialPrefix } from './seed-pieces.ts';

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
/** The budget of issue 3. */
const minimumLookupShareOfBareRate = 0.4;
const maximumLookupP99Ms = 25;

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
    loadCpuMicros: rounds.reduce((sum, round) => sum + round.loadCpuMicros, 0),
  };
}

/** `BENCH_DATA_DIR=<dir>`: keep the seeded database there and reuse it on the next run. */
const keptDataDir = process.env['BENCH_DATA_DIR'];
const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'atelier-bench-'));

try {
  const { apiKey } = await seededRegistry(dataDir, pieceCount, keptDataDir !== undefined);
  const server = await startBenchServer(dataDir);
  const { base } = server;
  const warmUp = await fetch(`${base}/v1/provenance/${serialPrefix}1`, { headers: { Authorization: `Bearer ${apiKey}` } });
  if (warmUp.status !== 200) throw new Error(`The lookup answered ${warmUp.status}: ${await warmUp.text()}`);

  const driveLookups = (seconds: number) => drive(`${base}/v1/provenance/`, apiKey, seconds, { prefix: serialPrefix, count: pieceCount });
  const driveBare = (seconds: number) => drive(`${base}/healthz`, undefined, seconds);
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
  await server.close();

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
