/** Without SMTP, mail lands in `.eml` files a developer can open, and the log says where. */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { recordingLogger } from '../logger.ts';
import { FileMailer } from './file-mailer.ts';

describe('FileMailer', () => {
  let directory: string;
  before(() => {
    directory = join(mkdtempSync(join(tmpdir(), 'atelier-mail-')), 'mail');
  });
  after(() => rmSync(join(directory, '..'), { recursive: true, force: true }));

  it('writes an RFC 822 message with text and HTML parts, and logs its file and link but not the recipient', async () => {
    const logger = recordingLogger();
    const mailer = new FileMailer({ directory, from: 'Maison Aubert <no-reply@maison-aubert.example>', logger });
    const link = 'http://localhost:5173/#atelier-confirmation=tok_123';
    await mailer.send({ to: 'hélène@example.com', subject: 'Confirmez votre garantie — Méridienne', text: `Confirmez : ${link}`, html: `<p><a href="${link}">Confirmer</a></p>`, link });

    const files = readdirSync(directory);
    assert.equal(files.length, 1);
    assert.match(files[0]!, /\.eml$/);
    const message = readFileSync(join(directory, files[0]!), 'utf8');
    assert.match(message, /^From: Maison Aubert <no-reply@maison-aubert\.example>$/m);
    assert.match(message, /^Subject: =\?UTF-8\?/m, 'a non-ASCII subject is encoded');
    assert.match(message, /^Content-Type: multipart\/alternative/m);
    assert.match(message, /^Content-Type: text\/plain/m);
    assert.match(message, /^Content-Type: text\/html/m);

    assert.equal(logger.entries.length, 1);
    assert.deepEqual(logger.entries[0], { level: 'info', event: 'mail_written', fields: { file: join(directory, files[0]!), link } });
  });

  it('writes a message sent again under the same id to the same file, once, with that Message-ID', async () => {
    const mailer = new FileMailer({ directory, from: 'Maison Aubert <no-reply@maison-aubert.example>', logger: recordingLogger() });
    const message = { to: 'ada@example.com', subject: 'Your repair', text: 'Booked.', html: '<p>Booked.</p>', id: 'mail_0000000001abc' };
    const before = readdirSync(directory).length;
    await mailer.send(message);
    await mailer.send(message);
    const files = readdirSync(directory).filter((name) => name.includes(message.id));
    assert.deepEqual(files, [`${message.id}.eml`]);
    assert.equal(readdirSync(directory).length, before + 1);
    assert.match(readFileSync(join(directory, files[0]!), 'utf8'), /^Message-ID: <mail_0000000001abc@atelier\.mail>$/im);
  });
});
