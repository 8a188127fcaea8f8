/**
 * What a person typed or pasted into the lookup field, or what the page URL says: a bare serial
 * number, or a GS1 Digital Link (`…/01/<GTIN>/21/<serial>`) from the warranty card's QR code.
 */
import { parseDigitalLink } from '@atelier/client';
import { Serial } from '@atelier/client/contract';

/** The query parameter of the page URL (and of the share link) that names a piece. */
export const serialQueryParameter = 'serial';

export type LookupInputError = 'required' | 'invalid_serial' | 'invalid_gtin' | 'invalid_check_digit' | 'invalid_link';

export type LookupInput = { ok: true; serial: string } | { ok: false; error: LookupInputError };

/** Anything with a scheme or a slash is read as a link: a serial has neither. */
const looksLikeLink = /^[a-z][a-z0-9+.-]*:|\//i;

function checkedSerial(candidate: string): LookupInput {
  const result = Serial.safeParse(candidate);
  return result.success ? { ok: true, serial: result.data } : { ok: false, error: 'invalid_serial' };
}

export function readLookupInput(text: string): LookupInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  if (!looksLikeLink.test(trimmed)) return checkedSerial(trimmed);
  const parsed = parseDigitalLink(trimmed);
  if (parsed.ok) return checkedSerial(parsed.link.serial);
  switch (parsed.code) {
    case 'invalid_gtin':
    case 'invalid_check_digit':
    case 'invalid_serial':
      return { ok: false, error: parsed.code };
    default:
      return { ok: false, error: 'invalid_link' };
  }
}

/** The serial a page URL names: `?serial=AT-100234`, or a Digital Link path `/01/<GTIN>/21/AT-100234`. */
export function serialFromPageUrl(href: string): string | undefined {
  const url = new URL(href);
  const fromQuery = url.searchParams.get(serialQueryParameter);
  if (fromQuery !== null) {
    const input = checkedSerial(fromQuery);
    return input.ok ? input.serial : undefined;
  }
  const link = parseDigitalLink(`${url.origin}${url.pathname}`);
  if (!link.ok) return undefined;
  const input = checkedSerial(link.link.serial);
  return input.ok ? input.serial : undefined;
}

/** The page's own address naming the piece, for sharing: same page, `?serial=`, no fragment. */
export function shareLink(href: string, serial: string): string {
  const url = new URL(href);
  url.searchParams.set(serialQueryParameter, serial);
  url.hash = '';
  return url.toString();
}
