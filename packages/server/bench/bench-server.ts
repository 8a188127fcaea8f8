/**
 * The server the benchmarks drive: the real createServer over a seeded SQLite file, on loopback,
 * with the limits lifted (counters are still written on every request, as in production; only the
 * budgets are raised so the load is not refused) and request logging silenced.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createServer } from '../src/app.ts';
import { systemClock } from '../src/clock.ts';
import { openDatabase } from '../src/db/database.ts';
import type { Logger } from '../src/logger.ts';
import { RecordingMailer } from '../src/mail/recording-mailer.ts';

/** Budgets high enough that the load is never refused. */
const liftedBudget = { requestsPerWindow: 1_000_000_000, windowSeconds: 60 };

const silentLogger: Logger = { info: () => {}, error: () => {} };

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Stops listening, writes what the server buffers, stops its threads and closes the database. */
  close(): Promise<void>;
}

export async function startBenchServer(dataDir: string): Promise<BenchServer> {
  const db = openDatabase({ dataDir });
  const app = createServer({
    db,
    mailer: new RecordingMailer(),
    clock: systemClock,
    publicUrl: 'http://localhost:5173',
    publicOrigin: 'http://localhost:8787',
    options: {
      logger: silentLogger,
      rateLimits: {
        publishable: { name: 'publishable', ...liftedBudget },
        secret: { name: 'secret', ...liftedBudget },
        retailer: { name: 'retailer', ...liftedBudget },
        staff: { name: 'staff', ...liftedBudget },
        owner: { name: 'owner', ...liftedBudget },
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
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.close();
      await app.drain();
      await db.destroy();
    },
  };
}
