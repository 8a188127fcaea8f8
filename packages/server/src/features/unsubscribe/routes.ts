/**
 * `GET|POST /v1/unsubscribe/{token}`, the RFC 8058 one-click unsubscribe link of the concierge's
 * e-mails. Outside the operation table: no credential, a form body (`List-Unsubscribe=One-Click`,
 * urlencoded or multipart, as mail providers send it) and HTML answers; described by hand in the
 * OpenAPI document (client/src/openapi-platform-paths.ts). Under `/v1/*`, so limited per client
 * address like every call without a key. Every token gets the same answers, so they tell nothing
 * of whether it exists; the request log names the path without it (http/logged-path.ts).
 */
import type { Context, Hono } from 'hono';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { problemResponse } from '../../http/problem.ts';
import type { AppEnv } from '../../http/context.ts';
import { unsubscribeByToken } from './unsubscribe.ts';
import { pageLocale, unsubscribedPage, unsubscribeListOf, unsubscribeQuestionPage } from './unsubscribe-page.ts';

export const unsubscribePathPrefix = '/v1/unsubscribe/';
const oneClickField = 'List-Unsubscribe';
const oneClickValue = 'One-Click';

async function oneClickAsked(c: Context<AppEnv>): Promise<boolean> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return false;
  try {
    const body = await c.req.parseBody();
    return body[oneClickField] === oneClickValue;
  } catch {
    return false;
  }
}

export function registerUnsubscribeRoutes(app: Hono<AppEnv>, deps: { db: Db; clock: Clock }): void {
  const path = `${unsubscribePathPrefix}:token`;
  app.get(path, (c) => c.html(unsubscribeQuestionPage(pageLocale(c.req.header('Accept-Language')), unsubscribeListOf(c.req.query('list')))));
  app.post(path, async (c) => {
    if (!(await oneClickAsked(c))) {
      return problemResponse({
        code: 'validation_failed',
        detail: `The body must be the form field ${oneClickField}=${oneClickValue} (RFC 8058).`,
        errors: [{ path: oneClickField, code: 'invalid_value', message: `Must be ${oneClickValue}, in a form body.` }],
      });
    }
    await unsubscribeByToken(deps.db, deps.clock, c.req.param('token'));
    return c.html(unsubscribedPage(pageLocale(c.req.header('Accept-Language')), unsubscribeListOf(c.req.query('list'))));
  });
}
