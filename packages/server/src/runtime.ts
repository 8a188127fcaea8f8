/** Builds the server's dependencies from its configuration: the database and the mail transport. */
import { join } from 'node:path';
import { systemClock } from './clock.ts';
import type { Config } from './config.ts';
import { migrateToLatest, openDatabase, type Db } from './db/database.ts';
import type { ServerDeps } from './deps.ts';
import type { Logger } from './logger.ts';
import { FileMailer } from './mail/file-mailer.ts';
import type { Mailer } from './mail/mailer.ts';
import { SmtpMailer } from './mail/smtp-mailer.ts';

export function openConfiguredDatabase(config: Config): Db {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

export function createMailer(config: Config, logger: Logger): Mailer & { close?: () => void } {
  if (config.smtpUrl) return new SmtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  return new FileMailer({ directory: join(config.dataDir, 'mail'), from: config.mailFrom, logger });
}

/** Opens the database, runs pending migrations and picks the mail transport. */
export async function openRuntime(config: Config, logger: Logger): Promise<{ deps: ServerDeps; close: () => Promise<void> }> {
  const db = openConfiguredDatabase(config);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const mailer = createMailer(config, logger);
  return {
    deps: { db, mailer, clock: systemClock, publicUrl: config.publicUrl, publicOrigin: config.publicOrigin, logger },
    close: async () => {
      mailer.close?.();
      await db.destroy();
    },
  };
}
