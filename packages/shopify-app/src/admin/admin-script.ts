/**
 * Serves the admin page's module, built from src/admin/browser/ by scripts/build-admin.mjs (the
 * package's `start` and `build` scripts run it). Read once, on first request.
 */
import { readFile } from 'node:fs/promises';
import type { Context } from 'hono';
import { problem } from '../http-problem.ts';
import type { Logger } from '../logger.ts';

export const builtAdminScriptUrl = new URL('../../dist/admin/admin.js', import.meta.url);

export function adminScriptRoute(deps: { logger: Logger; file?: URL }): (c: Context) => Promise<Response> {
  let script: Promise<string> | undefined;
  return async (c) => {
    script ??= readFile(deps.file ?? builtAdminScriptUrl, 'utf8');
    try {
      return c.body(await script, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    } catch (error) {
      script = undefined;
      deps.logger.error('admin_script_missing', { error: error instanceof Error ? error.message : String(error) });
      return problem(503, 'admin_script_not_built', 'The admin page is not built: run `pnpm --filter @atelier/shopify-app build`.');
    }
  };
}
