/**
 * A walk of every table of the database as it is at test time (its tables and columns listed by
 * the database itself, not by the code), finding the rows where any text column holds one of the
 * given values — a person's id, e-mail, name, address. A table added later is walked without
 * anyone listing it: what the right-of-access and erasure tests need to stay true.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/database.ts';

export interface FoundValue {
  column: string;
  /** The sought value the column holds (case-insensitively, anywhere in its text). */
  value: string;
}

export interface FoundRow {
  row: Record<string, unknown>;
  found: FoundValue[];
}

/** Column types that can hold a person's text: SQLite declares `text`, PostgreSQL `text`, `character varying`, `json(b)`. */
const textTypes = /^(text|character varying|varchar|json|jsonb)$/i;

/** Every table of the database with its text columns, migrations' bookkeeping left out. */
export async function textColumnsByTable(db: Db): Promise<Map<string, string[]>> {
  const tables = await db.introspection.getTables();
  const found = new Map<string, string[]>();
  for (const table of tables) {
    if (table.isView) continue;
    const columns = table.columns.filter((column) => textTypes.test(column.dataType.replace(/\(.*\)$/, '').trim())).map((column) => column.name);
    if (columns.length > 0) found.set(table.name, columns);
  }
  return found;
}

function likePattern(value: string): string {
  return `%${value.toLowerCase().replace(/[!%_]/g, (character) => `!${character}`)}%`;
}

/** The rows of each table holding any of `values` in a text column (tables without any left out). */
export async function rowsHolding(db: Db, values: readonly string[]): Promise<Map<string, FoundRow[]>> {
  const found = new Map<string, FoundRow[]>();
  const sought = values.map((value) => value.toLowerCase());
  for (const [table, columns] of await textColumnsByTable(db)) {
    const rows = (await db
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .selectFrom(table as any)
      .selectAll()
      .where((eb) =>
        eb.or(columns.flatMap((column) => values.map((value): Expression<SqlBool> => sql<SqlBool>`lower(cast(${sql.ref(column)} as text)) like ${likePattern(value)} escape '!'`))),
      )
      .execute()) as Record<string, unknown>[];
    if (rows.length === 0) continue;
    found.set(
      table,
      rows.map((row) => ({
        row,
        found: columns.flatMap((column) => {
          const text = typeof row[column] === 'string' ? (row[column] as string).toLowerCase() : '';
          return sought.filter((value) => text.includes(value)).map((value) => ({ column, value }));
        }),
      })),
    );
  }
  return found;
}
