/**
 * Without SMTP (local demo, tests of the real server): each message is written as an RFC 822
 * `.eml` file under `DATA_DIR/mail`, and one line with the file and the message's link is logged.
 * That link is the one documented exception to "no secrets in logs": on a developer's machine it
 * is the only way to follow a confirmation e-mail.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.ts';
import { nodemailerMessage, type MailMessage, type Mailer } from './mailer.ts';

export class FileMailer implements Mailer {
  readonly directory: string;
  readonly #from: string;
  readonly #logger: Logger;
  // nodemailer's stream transport composes the MIME message (headers, encodings, multipart/alternative) without sending it.
  readonly #composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(options: { directory: string; from: string; logger: Logger }) {
    this.directory = options.directory;
    this.#from = options.from;
    this.#logger = options.logger;
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.#composer.sendMail(nodemailerMessage(this.#from, message));
    await mkdir(this.directory, { recursive: true });
    // A message's id names its file, so a second delivery of it replaces the first (outbox ids
    // sort by time); without one: sortable by time, unique without a counter another instance would need to share.
    const name = message.id ?? `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
    const file = join(this.directory, `${name}.eml`);
    // Written aside, then renamed: a crash mid-write leaves no half message under the real name.
    const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
    await writeFile(partial, info.message as Buffer, { mode: 0o600 });
    await rename(partial, file);
    this.#logger.info('mail_written', { file, link: message.link ?? null });
  }
}
