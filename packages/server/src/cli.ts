/**
 * `atelier-server <command>`: start, migrate, seed --demo, keys create.
 * Usage errors exit 2, failures exit 1; messages name what to fix.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApiKey, normalizeOrigin, type ApiKeyKind } from './api-keys.ts';
import { createServer } from './app.ts';
import { systemClock } from './clock.ts';
import { loadConfig, type Config } from './config.ts';
import { migrateToLatest } from './db/database.ts';
import { shutdownDrainTimeoutMs } from './limits.ts';
import { consoleLogger } from './logger.ts';
import { startMaintenance } from './maintenance.ts';
import { openConfiguredDatabase, openRuntime } from './runtime.ts';
import { seedDemo } from './seed/demo.ts';

const usage = `Usage: atelier-server <command>

Commands:
  start                          Run migrations, then serve the API (PORT, HOST)
  migrate                        Run pending database migrations
  seed --demo [--origin <url>]…  Create the demo brand, pieces and keys (idempotent)
  keys create --brand <id> --kind publishable|secret [--origin <url>]… [--label <text>]
                                 Create an API key and print it (shown once)

Configuration is read from the environment; see the package README.`;

/** While draining, how often connections that have finished their last request are closed. */
const idleConnectionSweepIntervalMs = 100;

class UsageError extends Error {
  override name = 'UsageError';
}

async function start(config: Config): Promise<void> {
  const logger = consoleLogger;
  const runtime = await openRuntime(config, logger);
  const app = createServer({ ...runtime.deps, options: { logger, trustProxy: config.trustProxy, auditAddressSalt: config.auditAddressSalt } });
  const stopMaintenance = startMaintenance(runtime.deps.db, systemClock, logger);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    logger.info('listening', {
      url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
      port: info.port,
      database: config.databaseUrl ? 'postgres' : 'sqlite',
      mail: config.smtpUrl ? 'smtp' : 'files',
    });
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting_down', { signal, drainTimeoutMs: shutdownDrainTimeoutMs });
    stopMaintenance();
    // Requests still running after the cap are cut, so a stuck client cannot hold a deploy hostage.
    const drainCap = setTimeout(() => {
      logger.error('drain_timeout', { drainTimeoutMs: shutdownDrainTimeoutMs });
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, shutdownDrainTimeoutMs);
    drainCap.unref();
    // A keep-alive connection whose last request just finished would hold the server open until
    // its idle timeout; sweep such connections while draining.
    const idleSweep = setInterval(() => {
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    }, idleConnectionSweepIntervalMs);
    server.close(async () => {
      clearTimeout(drainCap);
      clearInterval(idleSweep);
      try {
        // Buffered audit rows and rate-limit counts go to the database before it closes.
        await app.drain();
        await runtime.close();
        logger.info('stopped', {});
        process.exit(0);
      } catch (error) {
        logger.error('shutdown_failed', { error: (error as Error).message });
        process.exit(1);
      }
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

async function migrate(config: Config): Promise<void> {
  const db = openConfiguredDatabase(config);
  try {
    const result = await migrateToLatest(db);
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await db.destroy();
  }
}

async function seed(config: Config, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean' }, origin: { type: 'string', multiple: true } } });
  if (!values.demo) throw new UsageError('Only the demo seed exists: run `atelier-server seed --demo`.');
  const origins = parseOrigins(values.origin) ?? config.demoSiteOrigins;
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const result = await seedDemo(db, { dataDir: config.dataDir, origins, now: systemClock.now() });
    const { credentials } = result;
    console.log(result.created ? 'Seeded the demo brand Maison Aubert.' : 'The demo brand Maison Aubert is already seeded.');
    console.log(`
Publishable key (allowed from ${credentials.allowedOrigins.join(', ')}):
  ${credentials.publishableKey}
Secret key (servers only):
  ${credentials.secretKey}

Pieces to activate (serial → warranty-card code):
${credentials.samplePieces.map((p) => `  ${p.serial}  ${p.cardCode}  ${p.model}`).join('\n')}

Special pieces: stolen ${credentials.specialPieces.stolen}, destroyed ${credentials.specialPieces.destroyed}, already covered ${credentials.specialPieces.alreadyCovered}
Written to ${result.credentialsFile} (local demo only).`);
  } finally {
    await db.destroy();
  }
}

function parseOrigins(origins: string[] | undefined): string[] | undefined {
  try {
    return origins?.map(normalizeOrigin);
  } catch (error) {
    throw new UsageError(`--origin: ${(error as Error).message}.`);
  }
}

const keyKinds: readonly ApiKeyKind[] = ['publishable', 'secret'];

async function keys(config: Config, args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'create') throw new UsageError('Usage: atelier-server keys create --brand <id> --kind publishable|secret [--origin <url>]… [--label <text>]');
  const { values } = parseArgs({
    args: rest,
    options: { brand: { type: 'string' }, kind: { type: 'string' }, origin: { type: 'string', multiple: true }, label: { type: 'string' } },
  });
  if (!values.brand) throw new UsageError('--brand <id> is required.');
  const kind = keyKinds.find((k) => k === values.kind);
  if (!kind) throw new UsageError('--kind must be publishable or secret.');
  if (kind === 'secret' && values.origin) throw new UsageError('--origin is for publishable keys: secret keys are refused from every web page.');
  const origins = parseOrigins(values.origin) ?? [];
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const brand = await db.selectFrom('brands').select('name').where('id', '=', values.brand).executeTakeFirst();
    if (!brand) throw new UsageError(`No brand with id "${values.brand}".`);
    const created = await createApiKey(db, { brandId: values.brand, kind, allowedOrigins: origins, label: values.label ?? '', now: systemClock.now() });
    console.log(`Created a ${kind} key for ${brand.name} (${created.id}). It is shown only this once:\n\n  ${created.key}\n`);
    if (kind === 'publishable' && origins.length === 0) {
      console.log('This key has no allowed origin: web pages cannot use it. Add --origin https://your-site.example.');
    }
  } finally {
    await db.destroy();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  try {
    if (!command || command === '--help' || command === 'help') {
      console.log(usage);
      if (!command) process.exitCode = 2;
      return;
    }
    const config = loadConfig();
    switch (command) {
      case 'start':
        return await start(config);
      case 'migrate':
        return await migrate(config);
      case 'seed':
        return await seed(config, args);
      case 'keys':
        return await keys(config, args);
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${usage}`);
    }
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    const isUsage = error instanceof UsageError || Boolean((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'));
    console.error(`atelier-server: ${(error as Error).message}`);
    process.exitCode = isUsage ? 2 : 1;
  }
}

await main(process.argv.slice(2));
