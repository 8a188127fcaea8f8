export { consoleLogger, recordingLogger, silentLogger, type LogFields, type Logger } from './logger.ts';
export { ConfigError, environmentReader, nonEmpty, portNumber, urlWithScheme, type EnvironmentReader, type VariableSchemas } from './environment.ts';
export { inMemoryDataDir, migrateToLatestOf, openPostgresPool, openSqliteFile, type SqliteFileOptions } from './database.ts';
