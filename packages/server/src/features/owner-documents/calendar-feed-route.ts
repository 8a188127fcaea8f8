/**
 * `GET /v1/calendar-feeds/{token}.ics`, the owner's calendar feed as calendar applications fetch it.
 * Outside the operation table: no key and no cookie (a calendar application has neither), the
 * token in the address is the credential, and the answer is `text/calendar`; described by hand in
 * the OpenAPI document (client/src/openapi-platform-paths.ts). Under `/v1/*`, so limited per client
 * address like every call without a key. An unknown, malformed or revoked token gets the same 404;
 * the request log names the path without the token (http/logged-path.ts).
 */
import { calendarFeedPathPrefix } from '@atelier/client/contract';
import type { Hono } from 'hono';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { AppEnv } from '../../http/context.ts';
import { problemResponse } from '../../http/problem.ts';
import { calendarFeedOwner, renderCalendarFeed } from './calendar-feed.ts';

export function registerCalendarFeedRoute(app: Hono<AppEnv>, deps: { db: Db; clock: Clock; publicUrl: string }): void {
  app.get(`${calendarFeedPathPrefix}:file`, async (c) => {
    const owner = await calendarFeedOwner(deps.db, c.req.param('file'));
    if (!owner) return problemResponse({ code: 'not_found', detail: 'No calendar feed has this address: it may have been replaced by a newer one.' });
    return c.body(await renderCalendarFeed(deps, owner), 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      // The owner's dates: kept by no shared cache, nor sent on to another page.
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    });
  });
}
