/**
 * Finding a brand's piece by its serial: every feature that takes a serial (activation, sale,
 * staff summary, provenance records) looks a piece up the same way and answers the same error.
 */
import type { Db } from '../../db/database.ts';
import type { Item } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';

/** The one answer for a serial the brand does not know, addressed to the `serial` field. */
export function unknownSerial(): AtelierError {
  const message = 'No piece of this brand has this serial number.';
  return new AtelierError('unknown_serial', message, { fieldErrors: [{ path: 'serial', code: 'unknown_serial', message }] });
}

/**
 * The brand's piece with this serial, with the columns asked for; throws `unknown_serial`.
 * Serials are stored upper-case, so one typed in lower case still finds its piece.
 */
export async function findBrandItem<Column extends keyof Item & string>(
  db: Db,
  brandId: string,
  serial: string,
  columns: readonly Column[],
) {
  const item = await db
    .selectFrom('items')
    .select(columns)
    .where('brand_id', '=', brandId)
    .where('serial', '=', serial.toUpperCase())
    .executeTakeFirst();
  if (!item) throw unknownSerial();
  return item;
}
