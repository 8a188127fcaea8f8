/**
 * The app's configuration, from the environment. Every variable is checked at start; a wrong or
 * missing one stops the app with a message naming it, never echoing its value (secrets).
 */
import { ConfigError, environmentReader, nonEmpty, portNumber, urlWithScheme } from '@atelier/runtime';
import * as z from 'zod/mini';

export { ConfigError };

export const defaultPort = 8788;
export const defaultHost = '127.0.0.1';
export const defaultDataDir = './data';
/** AES-256 takes a 32-byte key. */
export const encryptionKeyBytes = 32;

export interface AppConfig {
  port: number;
  host: string;
  /** The app's client ID (Partner Dashboard / `shopify.app.toml`). */
  apiKey: string;
  /** The app's client secret: signs webhooks, app proxy requests and session tokens. */
  apiSecret: string;
  /** Where Shopify reaches the app, e.g. `https://atelier-app.example.com`. */
  appUrl: URL;
  scopes: string[];
  /** PostgreSQL when set; SQLite under `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Suggested on the connect form; each shop still enters its own brand's API URL. */
  defaultAtelierApiUrl: string | undefined;
  /** Encrypts retailer secret keys and Shopify access tokens at rest. */
  encryptionKey: Buffer;
}

const variables = {
  PORT: portNumber(),
  HOST: nonEmpty,
  SHOPIFY_API_KEY: nonEmpty,
  SHOPIFY_API_SECRET: z.string().check(z.minLength(16, 'must be the app\'s client secret from the Partner Dashboard')),
  SHOPIFY_APP_URL: urlWithScheme(['https:', 'http:']),
  SCOPES: z.string().check(z.regex(/^[a-z_]+(,[a-z_]+)*$/, 'must be a comma-separated list of scopes such as "read_orders,read_customers"')),
  DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']),
  DATA_DIR: nonEmpty,
  ATELIER_API_URL: urlWithScheme(['https:', 'http:']),
  ENCRYPTION_KEY: z.string().check(
    z.refine((v) => decodeKey(v)?.length === encryptionKeyBytes, `must be ${encryptionKeyBytes} random bytes, as 64 hex characters or base64 (openssl rand -base64 32)`),
  ),
} as const;

function decodeKey(value: string): Buffer | undefined {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return Buffer.from(value, 'base64');
  return undefined;
}

const { read, required } = environmentReader(variables);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const appUrl = new URL(required(env, 'SHOPIFY_APP_URL', 'the public HTTPS URL Shopify reaches the app at (`shopify app dev` sets it)'));
  return {
    port: Number(read(env, 'PORT') ?? defaultPort),
    host: read(env, 'HOST') ?? defaultHost,
    apiKey: required(env, 'SHOPIFY_API_KEY', "the app's client ID from the Partner Dashboard"),
    apiSecret: required(env, 'SHOPIFY_API_SECRET', "the app's client secret from the Partner Dashboard"),
    appUrl,
    scopes: required(env, 'SCOPES', 'the access scopes of shopify.app.toml, e.g. "read_orders,read_customers"').split(','),
    databaseUrl: read(env, 'DATABASE_URL'),
    dataDir: read(env, 'DATA_DIR') ?? defaultDataDir,
    defaultAtelierApiUrl: read(env, 'ATELIER_API_URL')?.replace(/\/+$/, ''),
    encryptionKey: decodeKey(required(env, 'ENCRYPTION_KEY', `${encryptionKeyBytes} random bytes as hex or base64 (openssl rand -base64 32)`))!,
  };
}
