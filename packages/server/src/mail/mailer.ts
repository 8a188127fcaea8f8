/** What the server needs from mail: send one message. Transports live beside this file. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about (confirmation, magic link), logged by the file transport. */
  link?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
