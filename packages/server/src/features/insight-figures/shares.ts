/** A figure's share (0 to 1), rounded as the contract says (`figureShareDecimals`); null when there is nothing to divide by. */
import { figureShareDecimals } from '@atelier/client/contract';

export function shareOf(hits: number, of: number): number | null {
  if (of === 0) return null;
  const factor = 10 ** figureShareDecimals;
  return Math.round((hits / of) * factor) / factor;
}

/** A count as the databases answer it: a number on SQLite, a string (bigint, numeric) on PostgreSQL; null for a sum over no rows. */
export function countFrom(value: number | string | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
