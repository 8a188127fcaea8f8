/** Recognises a unique-constraint violation on either database, so a lost race becomes a domain answer. */

/** PostgreSQL's SQLSTATE for unique_violation. */
const postgresUniqueViolation = '23505';
/** SQLite extended result codes: SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY. */
const sqliteUniqueViolations = new Set([2067, 1555]);

export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  return code === postgresUniqueViolation || (typeof errcode === 'number' && sqliteUniqueViolations.has(errcode));
}
