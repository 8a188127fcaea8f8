/**
 * The path as the request log may show it. Some addresses are capabilities whose last segment is
 * the secret — an unsubscribe link's token, an owner's calendar feed — so the log names their
 * route with `{token}` in its place, and never the token (nor any query string: see app.ts).
 */
import { calendarFeedPathPrefix } from '@atelier/client/contract';
import { unsubscribePathPrefix } from '../features/unsubscribe/routes.ts';

const capabilityPathPrefixes = [unsubscribePathPrefix, calendarFeedPathPrefix];

export function loggedPath(path: string): string {
  const prefix = capabilityPathPrefixes.find((candidate) => path.startsWith(candidate));
  return prefix === undefined ? path : `${prefix}{token}`;
}
