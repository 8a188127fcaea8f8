/** Sends through an SMTP server given as `SMTP_URL` (`smtps://user:pass@smtp.example.com:465`). */
import nodemailer, { type Transporter } from 'nodemailer';
import { messageIdOf, type MailMessage, type Mailer } from './mailer.ts';

export class SmtpMailer implements Mailer {
  readonly #transport: Transporter;
  readonly #from: string;

  constructor(options: { smtpUrl: string; from: string }) {
    this.#transport = nodemailer.createTransport(options.smtpUrl);
    this.#from = options.from;
  }

  async send(message: MailMessage): Promise<void> {
    await this.#transport.sendMail({
      from: this.#from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // The same on a second delivery after a crash, so the receiving side can tell it is one message.
      ...(message.id ? { messageId: messageIdOf(message.id) } : {}),
    });
  }

  close(): void {
    this.#transport.close();
  }
}
