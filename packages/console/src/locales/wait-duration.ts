/**
 * A wait the server asked for (a 429's Retry-After, in seconds) in the unit a person reads:
 * "51 minutes", not "3039 s". Rounded up, so the wait said is never shorter than the real one.
 */
import type { Locale } from '@atelier/client/contract';

const secondsUpToSeconds = 119;
const secondsUpToMinutes = 2 * 60 * 60 - 1;

export function waitDuration(seconds: number, locale: Locale): string {
  const [value, unit] =
    seconds <= secondsUpToSeconds
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : seconds <= secondsUpToMinutes
        ? [Math.ceil(seconds / 60), 'minute']
        : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
