/**
 * Where the registry holds data about an owner, declared once: for each table, which of its rows
 * are about them, which columns are secrets left out of their export, and what erasure does —
 * `delete` the rows, `anonymise` them (the row stays for what else depends on it, naming no one),
 * or `keep` them as they are, with why. The export (export.ts) and the erasure (erasure.ts) both
 * walk this list, and my-data.test.ts walks every table of the database against it: a table that
 * comes to hold an owner's id, e-mail or name without being listed here fails that test.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

/** The person whose data is walked. */
export interface DataSubject {
  ownerId: string;
  brandId: string;
  /** Their address as compared (`owners.email_normalized`), read before erasure. */
  emailNormalized: string;
  /** Their address as typed (`owners.email`): queued e-mails carry it. */
  email: string;
}

// The tables are walked by name, so their rows are typed loosely here; each entry names real columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExpressionBuilder = ExpressionBuilder<any, any>;

export type Erasure =
  | { kind: 'delete' }
  | { kind: 'anonymise'; values: (subject: DataSubject, erasedAt: string) => Record<string, unknown> }
  | { kind: 'keep'; why: string };

export interface PersonalDataTable {
  table: keyof Database;
  /** Which rows are about the subject: a condition on the table's rows, for reading and erasing alike. */
  where: (eb: AnyExpressionBuilder, subject: DataSubject) => Expression<SqlBool>;
  /** Columns left out of the export: secrets (hashes of tokens and codes) and copies derived for search. */
  omittedColumns?: readonly string[];
  /** Why the table's rows are left out of the export, for the rare table that holds the id but says nothing of the person. */
  notExported?: string;
  erasure: Erasure;
}

/** What an erased address becomes: unique per owner (the column is unique per brand), and no address anyone can type. */
export function erasedAddress(ownerId: string): string {
  return `erased:${ownerId}`;
}

/** The repairs the subject booked, as their contact. */
function theirRepairIds(eb: AnyExpressionBuilder, subject: DataSubject) {
  return eb.selectFrom('repair_orders').select('id').where('brand_id', '=', subject.brandId).where('contact_email_normalized', '=', subject.emailNormalized);
}

/** `text` matched literally inside a column by LIKE: its wildcards escaped. */
function containing(eb: AnyExpressionBuilder, column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
  return sql<SqlBool>`${eb.ref(column)} like ${pattern} escape '!'`;
}

const byOwnerId = (eb: AnyExpressionBuilder, subject: DataSubject) => eb('owner_id', '=', subject.ownerId);

/** In erasure order: what refers to a row, or finds rows through it, goes before it. */
export const personalDataTables: readonly PersonalDataTable[] = [
  { table: 'consents', where: byOwnerId, erasure: { kind: 'delete' } },
  { table: 'owner_preference_changes', where: byOwnerId, erasure: { kind: 'delete' } },
  { table: 'profile_shares', where: byOwnerId, erasure: { kind: 'delete' } },
  // The brand's invitations they received, whether they were e-mailed and what they answered (a yes's seat stays taken).
  { table: 'invitation_guests', where: byOwnerId, erasure: { kind: 'delete' } },
  { table: 'client_summaries', where: byOwnerId, erasure: { kind: 'delete' } },
  // Who may read each of the notes about them goes with the note.
  {
    table: 'client_note_retailers',
    where: (eb, subject) => eb('note_id', 'in', eb.selectFrom('client_notes').select('id').where('owner_id', '=', subject.ownerId)),
    erasure: { kind: 'delete' },
  },
  { table: 'client_notes', where: byOwnerId, omittedColumns: ['search_text'], erasure: { kind: 'delete' } },
  { table: 'owner_sessions', where: byOwnerId, omittedColumns: ['token_hash'], erasure: { kind: 'delete' } },
  { table: 'owner_sign_ins', where: byOwnerId, omittedColumns: ['token_hash', 'code_hash'], erasure: { kind: 'delete' } },
  { table: 'unsubscribe_tokens', where: byOwnerId, omittedColumns: ['token_hash'], erasure: { kind: 'delete' } },
  // Their calendar feeds: when each was made and stopped; the address's token is a secret, and only its hash is kept.
  { table: 'owner_calendar_feeds', where: byOwnerId, omittedColumns: ['token_hash'], erasure: { kind: 'delete' } },
  // Their passkeys: which device they named and when each was used; the public key is no secret but says nothing of them.
  { table: 'owner_passkeys', where: byOwnerId, omittedColumns: ['public_key'], erasure: { kind: 'delete' } },
  // A passkey prompt they opened and did not answer yet (minutes long): nothing to export.
  { table: 'webauthn_challenges', where: (eb, subject) => eb('person_id', '=', subject.ownerId), notExported: 'a passkey prompt under way: a random challenge, minutes long', erasure: { kind: 'delete' } },
  // Their own requests' stored answers, kept a day for replays (http/idempotency.ts).
  { table: 'idempotency_keys', where: (eb, subject) => eb('scope', '=', `owner:${subject.ownerId}`), erasure: { kind: 'delete' } },
  // E-mails to them not yet handed to the transport: nobody is left to send them to.
  { table: 'mail_outbox', where: (eb, subject) => containing(eb, 'message', JSON.stringify(subject.email).slice(1, -1)), erasure: { kind: 'delete' } },
  { table: 'repair_link_tokens', where: (eb, subject) => eb('repair_id', 'in', theirRepairIds(eb, subject)), omittedColumns: ['token_hash'], erasure: { kind: 'delete' } },
  {
    table: 'repair_estimates',
    where: (eb, subject) => eb('repair_id', 'in', theirRepairIds(eb, subject)),
    erasure: { kind: 'anonymise', values: () => ({ decided_by_name: null, decided_from_address: null }) },
  },
  {
    table: 'repair_orders',
    where: (eb, subject) => eb.and([eb('brand_id', '=', subject.brandId), eb('contact_email_normalized', '=', subject.emailNormalized)]),
    // The work done stays the piece's service history; who asked for it, and what they said of it, go.
    erasure: { kind: 'anonymise', values: (subject) => ({ contact_name: '', contact_email: '', contact_email_normalized: erasedAddress(subject.ownerId), rating_comment: null }) },
  },
  {
    table: 'piece_transfers',
    where: (eb, subject) => eb.or([eb('from_owner_id', '=', subject.ownerId), eb('to_owner_id', '=', subject.ownerId)]),
    erasure: { kind: 'keep', why: "the record of a piece changing hands (owner-transfers), naming the two owner records by id only; the piece's history depends on it" },
  },
  {
    table: 'care_reminders',
    where: byOwnerId,
    // A piece's reminders exist once per piece, kind, due date and owner (care-sweep.ts), and stay
    // (naming the erased record); what customer care wrote to or about the person goes.
    erasure: { kind: 'anonymise', values: () => ({ personal_subject: null, personal_note: null, drop_note: null }) },
  },
  {
    table: 'warranties',
    where: (eb, subject) => eb.or([eb('owner_id', '=', subject.ownerId), eb('buyer_id', '=', subject.ownerId)]),
    // The registrations stay the pieces' (coverage, the owners count of the public history), naming the erased record.
    erasure: { kind: 'anonymise', values: () => ({ pending_consents: null }) },
  },
  {
    table: 'client_value_recomputations',
    where: (eb, subject) => eb('after_owner_id', '=', subject.ownerId),
    notExported: 'a background job’s place in the list of clients while it recomputes their values: the id of the last one done, nothing about them',
    erasure: { kind: 'keep', why: 'the id alone, as a cursor (features/clients/client-value-recomputation.ts); the row goes when the job ends' },
  },
  {
    table: 'rate_limit_counters',
    where: (eb, subject) => eb('key', '=', `rate:owner:${subject.ownerId}`),
    notExported: 'counts of requests in a minute, kept for the rate limit and synced by each instance in the background: traffic, not the person',
    // The erasure's own request is counted after it, by a counter each instance syncs later: deleting would not stick.
    erasure: { kind: 'keep', why: 'counts of their requests per window under the id alone (http/rate-limit.ts), pruned with their window (db/counters.ts)' },
  },
  {
    table: 'audit_log',
    where: (eb, subject) => eb.and([eb('brand_id', '=', subject.brandId), eb('target_kind', '=', 'client'), eb('target_id', '=', subject.ownerId)]),
    erasure: { kind: 'keep', why: "the append-only record of who at the brand read their profile: it holds the erased record's id, no personal data" },
  },
  {
    table: 'owners',
    where: (eb, subject) => eb('id', '=', subject.ownerId),
    // The row stays, naming no one: the pieces' registrations point to it.
    erasure: {
      kind: 'anonymise',
      values: (subject, erasedAt) => ({ name: '', email: '', email_normalized: erasedAddress(subject.ownerId), postal_address: null, erased_at: erasedAt }),
    },
  },
];

/** The subject `ownerId` of `brandId`, read from their owner record. */
export async function dataSubjectOf(db: Db, ownerId: string, brandId: string): Promise<DataSubject> {
  const owner = await db.selectFrom('owners').select(['email', 'email_normalized']).where('id', '=', ownerId).where('brand_id', '=', brandId).executeTakeFirstOrThrow();
  return { ownerId, brandId, emailNormalized: owner.email_normalized, email: owner.email };
}
