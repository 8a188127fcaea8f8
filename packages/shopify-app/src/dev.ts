/**
 * `pnpm dev`: the command `shopify app dev` runs (shopify.web.toml). Reads `.env` in this folder if
 * there is one (ENCRYPTION_KEY and anything else the CLI does not set; the environment wins), maps
 * the CLI's variables onto the app's (dev-environment.ts) and starts the app as `pnpm start` does.
 */
import { existsSync } from 'node:fs';
import { fromShopifyCliEnvironment } from './dev-environment.ts';

const dotEnv = new URL('../.env', import.meta.url);
if (existsSync(dotEnv)) process.loadEnvFile(dotEnv);
const env = fromShopifyCliEnvironment(process.env);
for (const [name, value] of Object.entries(env)) {
  if (value !== undefined) process.env[name] = value;
}
await import('./main.ts');
