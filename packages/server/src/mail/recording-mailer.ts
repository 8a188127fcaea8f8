/** Keeps sent messages in memory, for tests that follow the link in an e-mail. */
import type { MailMessage, Mailer } from './mailer.ts';

export class RecordingMailer implements Mailer {
  readonly messages: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.messages.push(message);
  }

  /** The latest message sent to `to`, if any. */
  lastTo(to: string): MailMessage | undefined {
    return this.messages.findLast((message) => message.to.toLowerCase() === to.toLowerCase());
  }

  clear(): void {
    this.messages.length = 0;
  }
}
