/**
 * Opaque page cursors for keyset pagination: the sort key of the last row of a page, as a
 * base64url JSON array of strings. A cursor the API did not give is a field error at `cursor`.
 */
import { AtelierError } from '../errors.ts';

export function encodeCursor(position: readonly string[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** The `arity` strings a cursor holds, or a 422 at `cursor`; `isWellFormed` checks the parts a caller relies on (a date that parses). */
export function decodeCursor(cursor: string, arity: number, isWellFormed: (parts: string[]) => boolean = () => true): string[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === arity && decoded.every((part) => typeof part === 'string') && isWellFormed(decoded as string[])) {
      return decoded as string[];
    }
  } catch {
    // Falls through to the same answer as a well-formed cursor that is not one of ours.
  }
  const message = 'Not a cursor this API gave: pass nextCursor of the previous page unchanged.';
  throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'cursor', code: 'invalid_cursor', message }] });
}
