/**
 * `shopify app dev` starts the app (shopify.web.toml's `commands.dev`) with the tunnel's public URL
 * in `HOST` and `APP_URL` rather than `SHOPIFY_APP_URL`, the port its tunnel forwards to in `PORT`,
 * and `SHOPIFY_API_KEY`, `SHOPIFY_API_SECRET` and `SCOPES` from the linked app. This maps them onto
 * the app's own variables (config.ts), as Shopify's templates do.
 */

/** What the app listens on under the CLI: its tunnel connects to `localhost:PORT`. */
export const cliDevListenHost = 'localhost';

function isUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\//.test(value);
}

/** The environment as the app reads it, from the one the CLI gave (which it does not modify). */
export function fromShopifyCliEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const tunnelUrl = [env['APP_URL'], env['HOST']].find(isUrl);
  if (!tunnelUrl) return env;
  return {
    ...env,
    // A SHOPIFY_APP_URL set on purpose (a fixed tunnel of one's own) wins, as in Shopify's templates.
    SHOPIFY_APP_URL: env['SHOPIFY_APP_URL'] || tunnelUrl,
    // The CLI's HOST is the tunnel's URL, not an address to listen on.
    HOST: isUrl(env['HOST']) ? cliDevListenHost : env['HOST'],
  };
}
