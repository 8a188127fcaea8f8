/** Sends through an SMTP server given as `SMTP_URL` (`smtps://user:pass@smtp.example.com:465`). */
import nodemailer, { type Transporter } from 'nodemailer';
import { nodemailerMessage, type MailMessage, type Mailer } from './mailer.ts';

/**
 * How long an SMTP server may take to accept the connection, then to greet, and how long it may
 * stay silent mid-send, before the send fails and the outbox tries it again later (mail/outbox.ts).
 * nodemailer's own defaults (2 min, 30 s, 10 min) would keep a delivery, and a shutdown waiting
 * for it, hanging on an unreachable server. A query parameter of `SMTP_URL` overrides them.
 */
const smtpConnectionTimeoutMs = 10_000;
const smtpGreetingTimeoutMs = 10_000;
const smtpSocketTimeoutMs = 30_000;

export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #from: string;

  constructor(options: { smtpUrl: string; from: string }) {
    this.#transport = nodemailer.createTransport({
      url: options.smtpUrl,
      connectionTimeout: smtpConnectionTimeoutMs,
      greetingTimeout: smtpGreetingTimeoutMs,
      socketTimeout: smtpSocketTimeoutMs,
    });
    this.#from = options.from;
  }

  async send(message: MailMessage): Promise<void> {
    // The same Message-ID on a second delivery after a crash, so the receiving side can tell it is one message.
    await this.#transport.sendMail(nodemailerMessage(this.#from, message));
  }

  close(): void {
    this.#transport.close();
  }
}
