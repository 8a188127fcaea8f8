/** What the server needs from mail: send one message. Transports live beside this file. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about (confirmation, magic link), logged by the file transport. */
  link?: string;
  /**
   * Extra header fields, e.g. RFC 8058's `List-Unsubscribe` and `List-Unsubscribe-Post`. They may
   * hold secrets (an unsubscribe token): no transport logs them.
   */
  headers?: Record<string, string>;
  /**
   * The message's identity, the same on every delivery of it (mail/outbox.ts): a transport that
   * receives a message again under the same id delivers it once (the file transport writes the same
   * file; SMTP sends it as the `Message-ID`).
   */
  id?: string;
}

export interface SendOptions {
  /**
   * False: the request's answer does not wait for the transport (mail/outbox.ts), so how long the
   * send takes says nothing to the caller — for an e-mail sent or not depending on who the address
   * belongs to (an owner's sign-in code). Default true.
   */
  answerAfterSend?: boolean;
}

export interface Mailer {
  send(message: MailMessage, options?: SendOptions): Promise<void>;
}

/** The RFC 5322 Message-ID a transport gives a message with an id: the same on every delivery of it. */
export function messageIdOf(id: string): string {
  return `<${id}@atelier.mail>`;
}

/** What nodemailer composes for `message` from `from`, under its Message-ID when it has an id (one shape for every transport). */
export function nodemailerMessage(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    ...(message.id ? { messageId: messageIdOf(message.id) } : {}),
    ...(message.headers ? { headers: message.headers } : {}),
  };
}
