/**
 * The server's configuration, from the environment. Every variable is checked at start and a
 * wrong one stops the server with a message naming it, rather than failing on first use.
 */
import { ConfigError, environmentReader, nonEmpty, portNumber, urlWithScheme } from '@atelier/runtime';
import * as z from 'zod/mini';
import { normalizeOrigin } from './api-keys.ts';

export { ConfigError };

export const defaultPort = 8787;
export const defaultHost = '127.0.0.1';
export const defaultDataDir = './data';
export const defaultPublicUrl = 'http://localhost:5173';
export const defaultMailFrom = 'Atelier <no-reply@atelier.localhost>';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; SQLite under `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** SMTP when set; `.eml` files under `dataDir/mail` otherwise. */
  smtpUrl: string | undefined;
  /** Where the brand site lives: links in e-mails point there. */
  publicUrl: string;
  /**
   * The API's own origin as browsers reach it (`PUBLIC_ORIGIN`, default `http://localhost:<port>`):
   * the console is served there, console sign-in links point there, and cookie-authenticated
   * writes must come from it (`Origin`).
   */
  publicOrigin: string;
  mailFrom: string;
  /** How many proxies of ours stand in front: the client IP is read that many hops from the right of `X-Forwarded-For` (0: the socket's peer). */
  trustProxy: number;
  /** Origins the demo seed's publishable key allows. */
  demoSiteOrigins: string[] | undefined;
  /** Salt of the lookup audit's address hashes; unset: generated once and kept in the database. */
  auditAddressSalt: string | undefined;
}

const variables = {
  PORT: portNumber('0 (any free port) and 65535'),
  HOST: nonEmpty,
  DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']),
  DATA_DIR: nonEmpty,
  SMTP_URL: urlWithScheme(['smtp:', 'smtps:']),
  PUBLIC_URL: urlWithScheme(['http:', 'https:']),
  PUBLIC_ORIGIN: urlWithScheme(['http:', 'https:']),
  MAIL_FROM: z.string().check(z.minLength(3, 'must be an address such as "Maison <no-reply@example.com>"')),
  TRUST_PROXY: z.string().check(z.regex(/^(\d|true|false)$/, 'must be the number of proxies in front of the server (0–9), or true (one) or false (none)')),
  DEMO_SITE_ORIGINS: z.string().check(z.minLength(1, 'must not be empty')),
  AUDIT_ADDRESS_SALT: z.string().check(z.minLength(16, 'must be at least 16 characters (a random secret)')),
} as const;

// Never echoes a value: DATABASE_URL and SMTP_URL carry passwords.
const { read } = environmentReader(variables);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const origins = read(env, 'DEMO_SITE_ORIGINS');
  let demoSiteOrigins: string[] | undefined;
  if (origins) {
    try {
      demoSiteOrigins = origins.split(',').map((origin) => normalizeOrigin(origin.trim()));
    } catch (error) {
      throw new ConfigError(`DEMO_SITE_ORIGINS: ${(error as Error).message}.`);
    }
  }
  const trustProxy = read(env, 'TRUST_PROXY');
  const port = Number(read(env, 'PORT') ?? defaultPort);
  const publicOrigin = read(env, 'PUBLIC_ORIGIN');
  let normalizedPublicOrigin: string;
  try {
    normalizedPublicOrigin = publicOrigin === undefined ? `http://localhost:${String(port)}` : normalizeOrigin(publicOrigin);
  } catch (error) {
    throw new ConfigError(`PUBLIC_ORIGIN: ${(error as Error).message}.`);
  }
  return {
    port,
    host: read(env, 'HOST') ?? defaultHost,
    databaseUrl: read(env, 'DATABASE_URL'),
    dataDir: read(env, 'DATA_DIR') ?? defaultDataDir,
    smtpUrl: read(env, 'SMTP_URL'),
    publicUrl: (read(env, 'PUBLIC_URL') ?? defaultPublicUrl).replace(/\/$/, ''),
    publicOrigin: normalizedPublicOrigin,
    mailFrom: read(env, 'MAIL_FROM') ?? defaultMailFrom,
    trustProxy: trustProxy === 'true' ? 1 : trustProxy === 'false' || trustProxy === undefined ? 0 : Number(trustProxy),
    demoSiteOrigins,
    auditAddressSalt: read(env, 'AUDIT_ADDRESS_SALT'),
  };
}
