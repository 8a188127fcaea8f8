/**
 * `Retry-After` (RFC 9110 §10.2.3) is either delay-seconds or an HTTP-date. Returned as whole
 * seconds from now so an interface can say "try again in N seconds".
 */
const millisecondsPerSecond = 1000;

export function parseRetryAfterSeconds(headerValue: string | null, now: number = Date.now()): number | undefined {
  if (headerValue === null) return undefined;
  const trimmed = headerValue.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / millisecondsPerSecond));
}
