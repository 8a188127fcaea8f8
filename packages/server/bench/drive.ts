/**
 * Drives one target from a separate load process (load.ts, autocannon), so the load generator
 * never competes with the server's event loop for the same thread.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const concurrentConnections = 32;

/** What the load process measured on one target. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  total: number;
  /** CPU time (user + system) the load process itself spent, in microseconds. */
  loadCpuMicros: number;
}

const run = promisify(execFile);

/** `serials`: drive `<url><prefix><1…count>` on random serials; otherwise `url` itself. */
export async function drive(url: string, apiKey: string | undefined, seconds: number, serials?: { prefix: string; count: number }): Promise<LoadFigures> {
  const loadScript = fileURLToPath(new URL('./load.ts', import.meta.url));
  const args = [loadScript, url, String(seconds), String(concurrentConnections)];
  if (serials) args.push(serials.prefix, String(serials.count));
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, BENCH_API_KEY: apiKey ?? '' }, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadFigures;
}
