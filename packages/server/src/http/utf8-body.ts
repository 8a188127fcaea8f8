/**
 * A request body read as the UTF-8 text JSON must be (RFC 8259 §8.1). Invalid bytes are refused
 * rather than replaced with U+FFFD: a replaced character would be stored, shown and e-mailed as
 * if the sender had typed it, and the sender would never learn that their text was damaged.
 */
import type { Context } from 'hono';
import { AtelierError } from '../errors.ts';

// `fatal` throws on the first invalid sequence; a leading byte-order mark is still skipped.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8Body(bytes: ArrayBuffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new AtelierError('malformed_json', 'The body is not valid UTF-8: JSON must be sent as UTF-8 text.');
  }
}

export async function readUtf8Body(c: Context): Promise<string> {
  return decodeUtf8Body(await c.req.arrayBuffer());
}
