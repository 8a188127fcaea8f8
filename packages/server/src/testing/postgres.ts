/**
 * A fresh PostgreSQL database per test harness, so test files run in parallel without sharing
 * rows, and one probe telling whether PostgreSQL is there at all.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const defaultTestDatabaseUrl = 'postgres://atelier:atelier@127.0.0.1:5432/atelier_test';
/** How long the probe waits for PostgreSQL before calling it unreachable. */
const probeTimeoutMs = 2_000;
/**
 * How long creating or dropping a test database may wait for a connection: on a loaded shared
 * machine (many suites, a crash test's killed sessions) a connection takes seconds, not an outage.
 */
const adminConnectTimeoutMs = 30_000;

export function testDatabaseUrl(): string {
  return process.env['TEST_DATABASE_URL'] || defaultTestDatabaseUrl;
}

/** The server's maintenance database, from which test databases are created and dropped. */
function adminUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = '/postgres';
  return url.toString();
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>, connectTimeoutMs = adminConnectTimeoutMs): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: connectTimeoutMs });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

let probe: Promise<string | undefined> | undefined;

/** Why PostgreSQL cannot be used for tests, or undefined when it can. Probed once per process. */
export function postgresUnavailableReason(): Promise<string | undefined> {
  probe ??= withAdmin(async (client) => {
    await client.query('select 1');
    return undefined;
  }, probeTimeoutMs).catch((error: unknown) => {
    const url = new URL(testDatabaseUrl());
    return `PostgreSQL is not reachable at ${url.hostname}:${url.port || 5432} (${(error as Error).message}); set TEST_DATABASE_URL`;
  });
  return probe;
}

/**
 * Creates an empty database and returns its URL. `drop({ force: true })` ends the sessions still
 * open on it first: a server killed with SIGKILL leaves sessions that PostgreSQL ends only once
 * it notices the client is gone.
 */
export async function createTestDatabase(): Promise<{ url: string; drop: (options?: { force?: boolean }) => Promise<void> }> {
  const name = `atelier_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: (options) => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}"${options?.force ? ' WITH (FORCE)' : ''}`)).then(() => undefined),
  };
}
