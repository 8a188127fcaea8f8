/** @atelier/server: the reference API. The CLI (`atelier-server`) is built from these pieces. */
export { createServer, type App, type ServerOptions } from './app.ts';
export { openDatabase, migrateToLatest, databaseKind, type Db, type DatabaseKind, type DatabaseOptions } from './db/database.ts';
export { loadConfig, ConfigError, type Config } from './config.ts';
export { openRuntime, createMailer } from './runtime.ts';
export { createApiKey, type ApiKeyKind } from './api-keys.ts';
export { seedDemo, type DemoCredentials } from './seed/demo.ts';
export { FileMailer } from './mail/file-mailer.ts';
export { SmtpMailer } from './mail/smtp-mailer.ts';
export { RecordingMailer } from './mail/recording-mailer.ts';
export type { Mailer, MailMessage } from './mail/mailer.ts';
export { systemClock, fixedClock, type Clock } from './clock.ts';
export { consoleLogger, silentLogger, type Logger } from './logger.ts';
export type { ServerDeps } from './deps.ts';
