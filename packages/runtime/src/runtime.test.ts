import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, environmentReader, nonEmpty, openSqliteFile, portNumber, recordingLogger, urlWithScheme } from './index.ts';

describe('environmentReader', () => {
  const { read, required } = environmentReader({ PORT: portNumber(), HOST: nonEmpty, DATABASE_URL: urlWithScheme(['postgres:']) });

  it('reads trimmed values and treats blank ones as unset', () => {
    assert.equal(read({ PORT: ' 8080 ' }, 'PORT'), '8080');
    assert.equal(read({ HOST: '   ' }, 'HOST'), undefined);
    assert.equal(read({}, 'HOST'), undefined);
  });

  it('names the variable and never echoes its value', () => {
    assert.throws(
      () => read({ DATABASE_URL: 'mysql://root:hunter2@db/atelier' }, 'DATABASE_URL'),
      (error: Error) => error instanceof ConfigError && /^DATABASE_URL must be a URL starting with postgres:\/\//.test(error.message) && !error.message.includes('hunter2'),
    );
    assert.throws(() => read({ PORT: '99999' }, 'PORT'), (error: Error) => error.message === 'PORT must be between 0 and 65535.');
  });

  it('says what to set a required variable to', () => {
    assert.throws(() => required({}, 'HOST', 'the interface to listen on'), (error: Error) => error instanceof ConfigError && error.message === 'HOST is required: the interface to listen on.');
  });
});

describe('openSqliteFile', () => {
  it('opens a file in WAL mode with foreign keys enforced', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atelier-runtime-'));
    try {
      const { connection, location } = openSqliteFile({ dataDir: join(dataDir, 'nested'), fileName: 'test.sqlite', busyTimeoutMs: 1_000 });
      assert.equal(location, join(dataDir, 'nested', 'test.sqlite'));
      assert.equal(connection.prepare('PRAGMA journal_mode').get()?.journal_mode, 'wal');
      assert.equal(connection.prepare('PRAGMA foreign_keys').get()?.foreign_keys, 1);
      connection.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('recordingLogger', () => {
  it('keeps what was logged, with its level', () => {
    const logger = recordingLogger();
    logger.error('sync_failed', { counters: 2 });
    assert.deepEqual(logger.entries, [{ level: 'error', event: 'sync_failed', fields: { counters: 2 } }]);
  });
});
