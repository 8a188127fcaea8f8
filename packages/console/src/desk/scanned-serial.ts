/**
 * The serial a warranty card's QR code (or a keyboard-wedge scanner, which types it) gives: the
 * card prints a GS1 Digital Link (`…/01/<GTIN>/21/<serial>`), older cards the bare serial.
 */
import { parseDigitalLink } from '@atelier/client';
import { Serial } from '@atelier/client/contract';

/** Anything with a scheme or a slash is read as a link: a serial has neither. */
const looksLikeLink = /^[a-z][a-z0-9+.-]*:|\//i;

/** The serial in `code`, or undefined when it holds none (another QR code, a web address). */
export function serialFromCardCode(code: string): string | undefined {
  const trimmed = code.trim();
  const candidate = looksLikeLink.test(trimmed) ? serialOfLink(trimmed) : trimmed;
  if (candidate === undefined) return undefined;
  const serial = Serial.safeParse(candidate);
  return serial.success ? serial.data : undefined;
}

function serialOfLink(text: string): string | undefined {
  const parsed = parseDigitalLink(text);
  return parsed.ok ? parsed.link.serial : undefined;
}

/** What a person typed: a link pasted or typed by a scanner becomes its serial; anything else stays as typed. */
export function typedSerial(text: string): string {
  return looksLikeLink.test(text.trim()) ? (serialFromCardCode(text) ?? text) : text;
}
