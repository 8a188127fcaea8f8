/** Keeps sent messages in memory, for tests that follow the link in an e-mail. */
import type { MailMessage, Mailer } from './mailer.ts';

export class RecordingMailer implements Mailer {
  readonly messages: MailMessage[] = [];
  /** While set, every send fails with it and records nothing, as during an SMTP outage. */
  failWith: Error | undefined;

  async send(message: MailMessage): Promise<void> {
    if (this.failWith) throw this.failWith;
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
