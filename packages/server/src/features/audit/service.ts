/**
 * Reading the audit log (brand admins): a page at a time, newest first, or the whole selection as
 * CSV. Rows are written by audit/record-audit.ts only; nothing here changes one.
 */
import {
  auditLogDefaultLimit,
  auditLogExportMaxRows,
  type AuditEntry,
  type AuditLogPage,
  type ParsedQueryOf,
  type listAuditLog as listAuditLogOperation,
} from '@atelier/client/contract';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db/database.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { decodeCursor, encodeCursor } from '../../db/keyset-cursor.ts';
import { AtelierError } from '../../errors.ts';

type AuditFilter = Omit<ParsedQueryOf<typeof listAuditLogOperation>, 'limit' | 'cursor'>;
type AuditPageQuery = ParsedQueryOf<typeof listAuditLogOperation>;

/** An instant as rows store it (UTC, milliseconds), so text comparison is time comparison. */
const stored = (instant: string) => new Date(instant).toISOString();

/** The brand's rows matching `filter`, newest first. */
function selection(db: Db, brandId: string, filter: AuditFilter) {
  let query = db.selectFrom('audit_log').selectAll().where('brand_id', '=', brandId);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.operation !== undefined) query = query.where('operation', '=', filter.operation);
  if (filter.targetKind !== undefined) query = query.where('target_kind', '=', filter.targetKind);
  if (filter.targetId !== undefined) query = query.where('target_id', '=', filter.targetId);
  if (filter.from !== undefined) query = query.where('at', '>=', stored(filter.from));
  if (filter.to !== undefined) query = query.where('at', '<', stored(filter.to));
  return query.orderBy('at', 'desc').orderBy('id', 'desc');
}

function entryOf(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: { kind: row.actor_kind, id: row.actor_id },
    retailerId: row.retailer_id,
    operation: row.operation,
    target: row.target_kind === null || row.target_id === null ? null : { kind: row.target_kind, id: row.target_id },
    ip: row.ip,
    outcome: row.outcome,
  };
}

export async function listAuditLog(db: Db, brandId: string, query: AuditPageQuery): Promise<AuditLogPage> {
  const limit = query.limit ?? auditLogDefaultLimit;
  let rows = selection(db, brandId, query);
  if (query.cursor !== undefined) {
    const [at, id] = decodeCursor(query.cursor, 2, ([instant]) => !Number.isNaN(Date.parse(instant!))) as [string, string];
    rows = rows.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
  }
  // One more than the page: whether there is a next page, without counting.
  const found = await rows.limit(limit + 1).execute();
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return { entries: page.map(entryOf), nextCursor: found.length > limit && last ? encodeCursor([last.at, last.id]) : null };
}

const csvColumns = [
  { key: 'at', header: 'at' },
  { key: 'actor_kind', header: 'actor_kind' },
  { key: 'actor_id', header: 'actor_id' },
  { key: 'retailer_id', header: 'retailer_id' },
  { key: 'operation', header: 'operation' },
  { key: 'target_kind', header: 'target_kind' },
  { key: 'target_id', header: 'target_id' },
  { key: 'ip', header: 'ip' },
  { key: 'outcome', header: 'outcome' },
  { key: 'id', header: 'id' },
] as const;

/**
 * The selection as CSV (RFC 4180, CRLF line ends), newest first. Every value that came from a
 * caller (a serial, a tracking code) may start with `=`, `+`, `-` or `@`, which a spreadsheet
 * would run as a formula: csv-stringify's `escape_formulas` prefixes such a cell with `'`.
 * More than `auditLogExportMaxRows` rows is refused rather than cut short: a partial export
 * would read as the whole log.
 */
export async function exportAuditLog(db: Db, brandId: string, filter: AuditFilter): Promise<string> {
  const rows = await selection(db, brandId, filter).limit(auditLogExportMaxRows + 1).execute();
  if (rows.length > auditLogExportMaxRows) {
    const message = `More than ${auditLogExportMaxRows} rows match: narrow from and to, and export each part.`;
    throw new AtelierError('validation_failed', message, { fieldErrors: [{ path: 'from', code: 'too_large', message }] });
  }
  return stringify(rows, { header: true, columns: [...csvColumns], escape_formulas: true, record_delimiter: 'windows' });
}
