/**
 * The audit log, for brand admins: one row per write by a person or a server key, and per read of
 * personal data (an owner's or a repair's contact), appended in the same transaction as what it
 * records; never changed. Read a page at a time, or exported as CSV.
 */
import * as z from 'zod/mini';
import { type OperationDocs, operation } from './operation.ts';
import { Id, IsoDateTime } from './primitives.ts';
import { singleLine } from './text-characters.ts';

/** Rows per page when `limit` is not given. */
export const auditLogDefaultLimit = 50;
/** The most rows one page may hold. */
export const auditLogMaxLimit = 200;
/** The most rows one CSV export holds; narrow `from`/`to` for more. */
export const auditLogExportMaxRows = 50_000;
const auditCursorMaxLength = 200;
const auditFilterMaxLength = 100;

export const auditActorKinds = ['key', 'person'] as const;

/** One row of the audit log. */
export const AuditEntry = z.object({
  id: Id,
  at: IsoDateTime,
  /** Who: an API key (its id, as the API keys list shows it) or a person signed in to the console. */
  actor: z.object({ kind: z.enum(auditActorKinds), id: z.string() }),
  /** The retailer the actor acted for (a retailer key, retailer staff); null for the brand's. */
  retailerId: z.nullable(z.string()),
  /** The operation's id in the API (`registerSale`, `getRepair`, …). */
  operation: z.string(),
  /** What it acted on (`item` and a serial, `repair` and a tracking code, …); null for a list. */
  target: z.nullable(z.object({ kind: z.string(), id: z.string() })),
  /** The client's address, as the server saw it. */
  ip: z.string(),
  /** `ok`, or the error code the operation answered (`already_activated`, `unknown_repair`, …). */
  outcome: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const AuditPageSize = z.number().check(z.int(), z.gte(1), z.lte(auditLogMaxLimit));
const AuditPageLimit = z.pipe(
  z.union([AuditPageSize, z.string().check(z.regex(/^\d+$/, 'A whole number.'))]),
  z.pipe(
    z.transform((value: number | string) => Number(value)),
    AuditPageSize,
  ),
);

const FilterText = z.string().check(z.trim(), z.minLength(1), z.maxLength(auditFilterMaxLength), singleLine);

/** What both the page and the export filter by; every filter given must hold. */
const auditFilterFields = {
  /** One actor: a key's id or a person's id. */
  actorId: z.optional(FilterText),
  /** One operation id (`registerSale`). */
  operation: z.optional(FilterText),
  /** What was acted on: `item`, `repair`, `apiKey`, … */
  targetKind: z.optional(FilterText),
  /** Its id: a serial, a tracking code, a key's id (as the row shows it). */
  targetId: z.optional(FilterText),
  /** From this instant, included. */
  from: z.optional(IsoDateTime),
  /** Up to this instant, excluded. */
  to: z.optional(IsoDateTime),
};

export const AuditLogExportQuery = z.strictObject(auditFilterFields);
export type AuditLogExportQuery = z.input<typeof AuditLogExportQuery>;

export const AuditLogQuery = z.strictObject({
  ...auditFilterFields,
  /** Rows per page: at most `auditLogMaxLimit`, `auditLogDefaultLimit` when absent. */
  limit: z.optional(AuditPageLimit),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(auditCursorMaxLength), singleLine)),
});
export type AuditLogQuery = z.input<typeof AuditLogQuery>;

export const AuditLogPage = z.object({
  /** Newest first. */
  entries: z.array(AuditEntry),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.nullable(z.string()),
});
export type AuditLogPage = z.infer<typeof AuditLogPage>;

/** The CSV export: a header line, then one line per row, newest first (RFC 4180, UTF-8). */
export const AuditLogCsv = z.string();

/** The log names every key and person and where they called from: brand admins only. */
const adminsOnly = { brandStaff: ['admin'] } as const;

export const listAuditLog = operation({
  id: 'listAuditLog',
  method: 'GET',
  path: '/v1/audit-log',
  access: adminsOnly,
  query: AuditLogQuery,
  response: AuditLogPage,
});

export const exportAuditLog = operation({
  id: 'exportAuditLog',
  method: 'GET',
  path: '/v1/audit-log.csv',
  access: adminsOnly,
  query: AuditLogExportQuery,
  response: AuditLogCsv,
  responseMediaType: 'text/csv',
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const auditDocs = {
  tag: 'audit',
  summaries: {
    listAuditLog:
      `The audit log, newest first, a page at a time (\`limit\` up to ${auditLogMaxLimit}, \`cursor\` from the previous page), filtered by actor, operation, target and time (\`from\` included, \`to\` excluded).`,
    exportAuditLog:
      `The audit log as CSV (text/csv, UTF-8), newest first, with the filters of the log; at most ${auditLogExportMaxRows} rows (narrow \`from\`/\`to\` for more). A cell starting with = + - @, a tab or a carriage return is prefixed with ' so a spreadsheet shows it as text, never runs it.`,
  },
} as const satisfies OperationDocs;
