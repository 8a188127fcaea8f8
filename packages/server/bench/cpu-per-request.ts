/**
 * CPU time per request of the provenance lookup and of the bare route, per thread of the server
 * and for the load process: `node bench/cpu-per-request.ts` (BENCH_DATA_DIR to reuse a seed).
 *
 * On a shared machine requests per second move with everyone else's load; the CPU a request costs
 * moves much less, so this is what to compare between two versions of the server. The cost is
 * counted from the kernel's per-thread figures (/proc/self/task/<tid>/stat, Linux only): the
 * event loop is the process's first thread, the others are listed busiest first (under lookups:
 * the SQLite reader and writer threads, then V8's GC helpers and libuv's pool).
 * Run it with `node --cpu-prof` to also get a profile of every thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchServer } from './bench-server.ts';
import { drive, type LoadFigures } from './drive.ts';
import { seededRegistry, serialPrefix } from './seed-pieces.ts';

const pieceCount = Number(process.env['BENCH_PIECES'] ?? 1_000_000);
const measuredSeconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const warmUpSeconds = Number(process.env['BENCH_WARMUP_SECONDS'] ?? 5);
/** Threads listed by name; the rest are summed. */
const listedOtherThreads = 3;

/** The kernel counts CPU time in clock ticks; 100 per second on every Linux this runs on (USER_HZ). */
const microsPerClockTick = 10_000;

/** CPU time (user + system) of each thread of this process, in microseconds, by thread id. */
function threadCpuMicros(): Map<number, number> {
  const byThread = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
      byThread.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * microsPerClockTick);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return byThread;
}

interface Measured {
  figures: LoadFigures;
  /** Per-request CPU microseconds by thread id, over the measured load. */
  perRequestByThread: Map<number, number>;
}

async function measure(load: () => Promise<LoadFigures>): Promise<Measured> {
  const before = threadCpuMicros();
  const figures = await load();
  const after = threadCpuMicros();
  const perRequestByThread = new Map<number, number>();
  for (const [tid, micros] of after) perRequestByThread.set(tid, (micros - (before.get(tid) ?? 0)) / figures.total);
  return { figures, perRequestByThread };
}

function report(name: string, { figures, perRequestByThread }: Measured): void {
  const eventLoop = perRequestByThread.get(process.pid) ?? 0;
  const others = [...perRequestByThread].filter(([tid]) => tid !== process.pid).sort((a, b) => b[1] - a[1]);
  const listed = others.slice(0, listedOtherThreads);
  const rest = others.slice(listedOtherThreads).reduce((sum, [, micros]) => sum + micros, 0);
  const server = eventLoop + others.reduce((sum, [, micros]) => sum + micros, 0);
  const loadProcess = figures.loadCpuMicros / figures.total;
  const µs = (micros: number) => `${micros.toFixed(1)} µs`;
  console.log(`\n${name}: ${figures.total} requests, ${figures.requestsPerSecond.toFixed(0)} req/s, p99 ${figures.p99Ms} ms, non-2xx ${figures.non2xx}`);
  console.log(`  event loop          ${µs(eventLoop)}`);
  for (const [tid, micros] of listed) console.log(`  thread ${String(tid).padEnd(12)} ${µs(micros)}`);
  console.log(`  other threads       ${µs(rest)}`);
  console.log(`  server in all       ${µs(server)}`);
  console.log(`  load process        ${µs(loadProcess)}`);
  console.log(`  server + load       ${µs(server + loadProcess)}`);
}

const keptDataDir = process.env['BENCH_DATA_DIR'];
const dataDir = keptDataDir ?? mkdtempSync(join(tmpdir(), 'atelier-bench-'));
try {
  const { apiKey } = await seededRegistry(dataDir, pieceCount, keptDataDir !== undefined);
  const server = await startBenchServer(dataDir);
  const driveLookups = (seconds: number) => drive(`${server.base}/v1/provenance/`, apiKey, seconds, { prefix: serialPrefix, count: pieceCount });
  const driveBare = (seconds: number) => drive(`${server.base}/healthz`, undefined, seconds);
  if (warmUpSeconds > 0) {
    await driveLookups(warmUpSeconds);
    await driveBare(warmUpSeconds);
  }
  const lookups = await measure(() => driveLookups(measuredSeconds));
  const bare = await measure(() => driveBare(measuredSeconds));
  await server.close();
  report('GET /v1/provenance/{serial}', lookups);
  report('GET /healthz (bare)', bare);
} finally {
  if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
}
