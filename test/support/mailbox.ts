// Reads the e-mails the server writes as .eml files under DATA_DIR/mail when no SMTP_URL is set.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { simpleParser, type ParsedMail } from 'mailparser';

const mailPollIntervalMs = 200;

async function readMessages(mailDir: string): Promise<ParsedMail[]> {
  let names: string[];
  try {
    names = (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  // MIME parsing undoes quoted-printable soft line breaks, which would otherwise cut a long link.
  return Promise.all(names.map(async (name) => simpleParser(await readFile(path.join(mailDir, name)))));
}

function recipients(message: ParsedMail): string[] {
  const to = message.to === undefined ? [] : Array.isArray(message.to) ? message.to : [message.to];
  return to.flatMap((address) => address.value.map((mailbox) => mailbox.address?.toLowerCase() ?? ''));
}

/** Waits for the first message to `address` and returns it. */
export async function waitForMessageTo(mailDir: string, address: string, timeoutMs: number): Promise<ParsedMail> {
  return waitForMessage(mailDir, { to: address }, timeoutMs);
}

/** Waits for the first message to `to` whose subject matches `subject` (any subject when not given). */
export async function waitForMessage(mailDir: string, wanted: { to: string; subject?: RegExp }, timeoutMs: number): Promise<ParsedMail> {
  const address = wanted.to.toLowerCase();
  const matches = (message: ParsedMail) => recipients(message).includes(address) && (wanted.subject?.test(message.subject ?? '') ?? true);
  const deadline = Date.now() + timeoutMs;
  do {
    const message = (await readMessages(mailDir)).find(matches);
    if (message) return message;
    await delay(mailPollIntervalMs);
  } while (Date.now() < deadline);
  throw new Error(`no e-mail to ${wanted.to}${wanted.subject ? ` with a subject like ${wanted.subject}` : ''} appeared in ${mailDir} within ${timeoutMs / 1000} s`);
}

/** Waits until `count` messages to `address` were written, and returns them oldest first. */
export async function waitForMessagesTo(mailDir: string, address: string, count: number, timeoutMs: number): Promise<ParsedMail[]> {
  return waitForMessages(mailDir, address, count, () => true, timeoutMs);
}

/** Waits until `count` messages to `address` that `matches` were written; answers them oldest first. */
export async function waitForMessages(mailDir: string, address: string, count: number, matches: (message: ParsedMail) => boolean, timeoutMs = 20_000): Promise<ParsedMail[]> {
  const wanted = address.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  let found: ParsedMail[];
  do {
    // The server names each file by the time it wrote it: sorted names are in sending order.
    found = (await readMessages(mailDir)).filter((message) => recipients(message).includes(wanted) && matches(message));
    if (found.length >= count) return found;
    await delay(mailPollIntervalMs);
  } while (Date.now() < deadline);
  throw new Error(`${found.length} of ${count} such e-mails to ${address} appeared in ${mailDir} within ${timeoutMs / 1000} s`);
}

/** The confirmation link of a message: the page URL with `#atelier-confirmation=<token>`. */
export function confirmationLink(message: ParsedMail): string {
  const link = /https?:\/\/\S+#atelier-confirmation=[\w.~-]+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error(`the e-mail "${message.subject ?? ''}" has no confirmation link:\n${message.text ?? ''}`);
  return link;
}

/** The repair tracker link of a message: the tracker page with `#atelier-tracker=<CODE>.<token>`. */
export function trackerLink(message: ParsedMail): string {
  const link = /https?:\/\/\S+#atelier-tracker=[\w.~-]+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error(`the e-mail "${message.subject ?? ''}" has no tracker link:\n${message.text ?? ''}`);
  return link;
}
