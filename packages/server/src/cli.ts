/**
 * `atelier-server <command>`: start, migrate, seed --demo, brands list, keys create, people create-admin, care sweep, help.
 * Usage errors exit 2, failures exit 1; messages name what to fix. Help and the version need no
 * configuration, so they work before the environment is set up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Email, IsoDate, PersonName } from '@atelier/client/contract';
import { serve } from '@atelier/node-serve';
import * as z from 'zod/mini';
import { createApiKey, normalizeOrigin, type ApiKeyKind } from './api-keys.ts';
import { createServer } from './app.ts';
import { problemDocument } from './http/problem.ts';
import { fixedClock, systemClock } from './clock.ts';
import { defaultDataDir, defaultHost, defaultMailFrom, defaultPort, defaultPublicUrl, loadConfig, type Config } from './config.ts';
import { migrateToLatest } from './db/database.ts';
import { AtelierError } from './errors.ts';
import { insertPerson } from './features/people/people.ts';
import { consolePath } from './features/sessions/sign-in-links.ts';
import { requestBodyLimitBytes, shutdownDrainTimeoutMs } from './limits.ts';
import { consoleLogger } from './logger.ts';
import { startMaintenance } from './maintenance.ts';
import { startClientValueRecomputations } from './features/clients/client-value-recomputation.ts';
import { startCareSweeps, sweepCareReminders } from './features/care/care-sweep.ts';
import { todayUtc } from './features/shared/calendar.ts';
import { openConfiguredDatabase, openRuntime } from './runtime.ts';
import { demoSiteOrigins } from './seed/demo-catalogue.ts';
import { seedDemo } from './seed/demo.ts';

/** Each command's synopsis and what it does: the one home of both the overview and `<command> --help`. */
const commandHelp = {
  start: { synopsis: 'start', does: 'Run migrations, then serve the API on HOST:PORT. SIGTERM or SIGINT drains, then exits.' },
  migrate: { synopsis: 'migrate', does: 'Run pending database migrations.' },
  seed: { synopsis: 'seed --demo [--origin <url>]…', does: 'Create the demo brand, pieces and keys (idempotent) and print the keys.' },
  brands: { synopsis: 'brands list', does: 'List the brands, id and name: the id is what keys create --brand takes.' },
  keys: {
    synopsis: 'keys create --brand <id> --kind publishable|secret|retailer [--retailer <id>] [--origin <url>]… [--label <text>]',
    does:
      "Create an API key and print it, once. --origin (publishable keys only, repeatable) is a web page origin allowed to use it; --retailer (retailer keys only, required) is the brand's retailer the key acts for, and whose data alone it reaches.",
  },
  people: {
    synopsis: 'people create-admin --brand <id> --email <address> [--name <text>]',
    does:
      "Add a brand admin (the first one, or one more) who signs in to the console at PUBLIC_ORIGIN/console/ with an e-mailed link, then invites the others there.",
  },
  care: {
    synopsis: 'care sweep [--brand <id>] [--as-of <YYYY-MM-DD>]',
    does:
      "Draft the care reminders whose time has come, as the server's daily sweep does, for one brand or all, as of a day (default today): catch up after the servers were down, or rehearse the concierge on a copy of the data. Drafts only: customer care sends them from the console, or the daily sweep after the brand's delay. A reminder already drafted is not drafted again.",
  },
  help: { synopsis: 'help [<command>]', does: 'Show this help, or one command\'s.' },
} as const;
type CommandName = keyof typeof commandHelp;

function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(commandHelp, name);
}

function commandUsage(command: CommandName): string {
  const { synopsis, does } = commandHelp[command];
  return `Usage: atelier-server ${synopsis}\n\n${does}`;
}

const usage = `Usage: atelier-server <command> [options]
       atelier-server <command> --help
       atelier-server --version

Commands:
${Object.values(commandHelp)
  .map(({ synopsis, does }) => `  ${synopsis}\n      ${does}`)
  .join('\n')}

Environment (a wrong value stops the command, naming the variable):
  PORT                Port to listen on; 0 picks a free one (default ${String(defaultPort)})
  HOST                Interface to listen on; 0.0.0.0 in a container (default ${defaultHost})
  DATABASE_URL        postgres://… to use PostgreSQL; unset: SQLite at DATA_DIR/atelier.sqlite
  DATA_DIR            SQLite file, written e-mails, demo credentials (default ${defaultDataDir})
  SMTP_URL            smtp:// or smtps://… to send mail; unset: .eml files under DATA_DIR/mail
  PUBLIC_URL          The brand site e-mailed links point to (default ${defaultPublicUrl})
  PUBLIC_ORIGIN       The API's own origin as browsers reach it, where the console is served (default http://localhost:PORT)
  MAIL_FROM           Sender of every e-mail (default "${defaultMailFrom}")
  TRUST_PROXY         Proxies of yours in front of the server (1 or true: one): the client address is read that
                      many hops from the right of X-Forwarded-For (default 0: the connection's address)
  DEMO_SITE_ORIGINS   Comma-separated origins the demo publishable key allows (default ${demoSiteOrigins.join(',')})
  AUDIT_ADDRESS_SALT  Secret salt (16+ characters) of the lookup audit's address hashes; unset: generated once`;

const helpFlags = new Set(['-h', '--help']);
const versionFlags = new Set(['-v', '--version']);

/** The version published with the package: package.json is its one home. */
function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

class UsageError extends Error {
  override name = 'UsageError';
}

async function start(config: Config): Promise<void> {
  const logger = consoleLogger;
  const runtime = await openRuntime(config, logger);
  const app = createServer({ ...runtime.deps, options: { logger, trustProxy: config.trustProxy, auditAddressSalt: config.auditAddressSalt } });
  const stopMaintenance = startMaintenance(runtime.deps.db, systemClock, logger);
  const stopClientValueRecomputations = startClientValueRecomputations(runtime.deps.db, logger);
  const stopCareSweeps = startCareSweeps(
    { db: runtime.deps.db, mailer: app.mailer, clock: systemClock, publicUrl: runtime.deps.publicUrl, publicOrigin: runtime.deps.publicOrigin },
    logger,
  );
  const served = serve({
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    maxRequestBodyBytes: requestBodyLimitBytes,
    problemBody: (refusal) => JSON.stringify(problemDocument(refusal)),
  });
  let info;
  try {
    info = await served.listening;
  } catch (error) {
    // The port is taken or not ours to use: release what start opened, so the process can exit.
    stopMaintenance();
    stopClientValueRecomputations();
    stopCareSweeps();
    await app.drain();
    await runtime.close();
    throw error;
  }
  logger.info('listening', {
    url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
    port: info.port,
    database: config.databaseUrl ? 'postgres' : 'sqlite',
    mail: config.smtpUrl ? 'smtp' : 'files',
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting_down', { signal, drainTimeoutMs: shutdownDrainTimeoutMs });
    stopMaintenance();
    stopClientValueRecomputations();
    stopCareSweeps();
    try {
      // Requests in flight finish and open connections close after their next answer (or idle);
      // what still runs after the cap is cut, so a stuck client cannot hold a deploy hostage.
      const { connectionsCut } = await served.shutdown({ drainTimeoutMs: shutdownDrainTimeoutMs });
      if (connectionsCut > 0) logger.error('drain_timeout', { drainTimeoutMs: shutdownDrainTimeoutMs, connectionsCut });
      // Buffered audit rows and rate-limit counts go to the database before it closes.
      await app.drain();
      await runtime.close();
      logger.info('stopped', {});
      process.exit(0);
    } catch (error) {
      logger.error('shutdown_failed', { error: (error as Error).message });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
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

Special pieces: stolen ${credentials.specialPieces.stolen}, destroyed ${credentials.specialPieces.destroyed}, already covered ${credentials.specialPieces.alreadyCovered}${
      credentials.lostPiece
        ? `
Reported lost by its owner: ${credentials.lostPiece.serial} (${credentials.lostPiece.ownerName}: sign in to the owner space as ${credentials.lostPiece.ownerEmail})`
        : ''
    }
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

const keyKinds: readonly ApiKeyKind[] = ['publishable', 'secret', 'retailer'];

async function listBrands(config: Config, args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'list') throw new UsageError(commandUsage('brands'));
  parseArgs({ args: rest, options: {} });
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const brands = await db.selectFrom('brands').select(['id', 'name']).orderBy('id').execute();
    if (brands.length === 0) {
      console.log('No brand yet. Create the demo brand with `atelier-server seed --demo`.');
      return;
    }
    const idWidth = Math.max('ID'.length, ...brands.map((brand) => brand.id.length));
    console.log([`${'ID'.padEnd(idWidth)}  NAME`, ...brands.map((brand) => `${brand.id.padEnd(idWidth)}  ${brand.name}`)].join('\n'));
  } finally {
    await db.destroy();
  }
}

async function keys(config: Config, args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'create') throw new UsageError(commandUsage('keys'));
  const { values } = parseArgs({
    args: rest,
    options: {
      brand: { type: 'string' },
      kind: { type: 'string' },
      retailer: { type: 'string' },
      origin: { type: 'string', multiple: true },
      label: { type: 'string' },
    },
  });
  if (!values.brand) throw new UsageError('--brand <id> is required.');
  const kind = keyKinds.find((k) => k === values.kind);
  if (!kind) throw new UsageError('--kind must be publishable, secret or retailer.');
  if (kind !== 'publishable' && values.origin) throw new UsageError(`--origin is for publishable keys: ${kind} keys are refused from every web page.`);
  if (kind === 'retailer' && !values.retailer) throw new UsageError('--retailer <id> is required for a retailer key: the retailer it acts for.');
  if (kind !== 'retailer' && values.retailer) throw new UsageError(`--retailer is for retailer keys: a ${kind} key acts for the whole brand.`);
  const origins = parseOrigins(values.origin) ?? [];
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const brand = await db.selectFrom('brands').select('name').where('id', '=', values.brand).executeTakeFirst();
    if (!brand) throw new UsageError(`No brand with id "${values.brand}". See the ids with \`atelier-server brands list\`.`);
    if (values.retailer) {
      const retailer = await db.selectFrom('retailers').select('id').where('brand_id', '=', values.brand).where('id', '=', values.retailer).executeTakeFirst();
      if (!retailer) throw new UsageError(`${brand.name} has no retailer with id "${values.retailer}".`);
    }
    const created = await createApiKey(db, {
      brandId: values.brand,
      kind,
      allowedOrigins: origins,
      ...(values.retailer ? { retailerId: values.retailer } : {}),
      label: values.label ?? '',
      now: systemClock.now(),
    });
    const forWhom = values.retailer ? `retailer ${values.retailer} of ${brand.name}` : brand.name;
    console.log(`Created a ${kind} key for ${forWhom} (${created.id}). It is shown only this once:\n\n  ${created.key}\n`);
    if (kind === 'publishable' && origins.length === 0) {
      console.log('This key has no allowed origin: web pages cannot use it. Add --origin https://your-site.example.');
    }
  } finally {
    await db.destroy();
  }
}

async function people(config: Config, args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'create-admin') throw new UsageError(commandUsage('people'));
  const { values } = parseArgs({ args: rest, options: { brand: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.brand) throw new UsageError('--brand <id> is required.');
  const email = z.safeParse(Email, values.email ?? '');
  if (!email.success) throw new UsageError('--email <address> is required: the address the admin signs in with.');
  const name = values.name === undefined ? undefined : z.safeParse(PersonName, values.name);
  if (name && !name.success) throw new UsageError('--name must be 1 to 120 characters.');
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const brand = await db.selectFrom('brands').select('name').where('id', '=', values.brand).executeTakeFirst();
    if (!brand) throw new UsageError(`No brand with id "${values.brand}". See the ids with \`atelier-server brands list\`.`);
    try {
      await insertPerson(db, {
        brandId: values.brand,
        retailerId: null,
        email: email.data,
        displayName: name?.data ?? null,
        role: 'admin',
        status: 'invited',
        invitedBy: null,
        now: systemClock.now(),
      });
    } catch (error) {
      if (error instanceof AtelierError && error.code === 'person_exists') throw new UsageError(`${brand.name} already has someone with the address ${email.data}.`);
      throw error;
    }
    console.log(`Added ${email.data} as a brand admin of ${brand.name}.

To sign in: open ${config.publicOrigin}${consolePath}, type ${email.data}, and open the link e-mailed to it${
      config.smtpUrl ? '' : ` (written as an .eml file under ${join(config.dataDir, 'mail')}, since SMTP_URL is not set)`
    }.`);
  } finally {
    await db.destroy();
  }
}

async function care(config: Config, args: string[]): Promise<void> {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'sweep') throw new UsageError(commandUsage('care'));
  const { values } = parseArgs({ args: rest, options: { brand: { type: 'string' }, 'as-of': { type: 'string' } } });
  const asOf = values['as-of'];
  if (asOf !== undefined && !z.safeParse(IsoDate, asOf).success) throw new UsageError('--as-of must be a day written YYYY-MM-DD, e.g. 2029-12-07.');
  // The day's sweep as the daily timer would run it that day (at noon UTC, well inside the day).
  const clock = asOf === undefined ? systemClock : fixedClock(`${asOf}T12:00:00.000Z`);
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
    const query = db.selectFrom('brands').select(['id', 'name']).orderBy('id');
    const brands = await (values.brand === undefined ? query : query.where('id', '=', values.brand)).execute();
    if (values.brand !== undefined && brands.length === 0) throw new UsageError(`No brand with id "${values.brand}". See the ids with \`atelier-server brands list\`.`);
    for (const brand of brands) {
      const { drafted } = await sweepCareReminders(db, clock, brand.id);
      console.log(`${brand.name}: ${String(drafted)} care reminder${drafted === 1 ? '' : 's'} drafted as of ${todayUtc(clock)}.`);
    }
  } finally {
    await db.destroy();
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  try {
    if (!command) {
      console.error(usage);
      process.exitCode = 2;
      return;
    }
    if (helpFlags.has(command) || command === 'help') {
      const [about] = args;
      if (about !== undefined && !isCommandName(about)) throw new UsageError(`Unknown command "${about}".\n\n${usage}`);
      console.log(about === undefined ? usage : commandUsage(about));
      return;
    }
    if (versionFlags.has(command)) {
      console.log(packageVersion());
      return;
    }
    // `<command> … --help` anywhere: the command's usage, without touching the configuration or the database.
    if (isCommandName(command) && args.some((arg) => helpFlags.has(arg))) {
      console.log(commandUsage(command));
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
      case 'brands':
        return await listBrands(config, args);
      case 'keys':
        return await keys(config, args);
      case 'people':
        return await people(config, args);
      case 'care':
        return await care(config, args);
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
