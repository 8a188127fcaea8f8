/** Sends through an SMTP server given as `SMTP_URL` (`smtps://user:pass@smtp.example.com:465`). */
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer.ts';

export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #from: string;

  constructor(options: { smtpUrl: string; from: string }) {
    this.#transport = nodemailer.createTransport(options.smtpUrl);
    this.#from = options.from;
  }

  async send(message: MailMessage): Promise<void> {
    await this.#transport.sendMail({ from: this.#from, to: message.to, subject: message.subject, text: message.text, html: message.html });
  }

  close(): void {
    this.#transport.close();
  }
}
