/** What the server is built from; tests pass their own (in-memory database, recording mailer, fixed clock). */
import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Mailer } from './mail/mailer.ts';

export interface ServerDeps {
  db: Db;
  mailer: Mailer;
  clock: Clock;
  /** Where the brand site lives, for links in e-mails (`PUBLIC_URL`). */
  publicUrl: string;
  /**
   * The API's own origin as browsers reach it (`PUBLIC_ORIGIN`): the console's origin, which
   * console links point to and cookie-authenticated writes must come from.
   */
  publicOrigin: string;
  /** Where features report what they handle without failing the request (a repair e-mail not sent); default: the console. */
  logger?: Logger;
}
