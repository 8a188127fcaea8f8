/**
 * "My data" in the owner's space (issue 16; GDPR's rights of access and erasure): the owner
 * downloads everything the registry holds about them, and erases their account.
 *
 * The export is every row about them, table by table, as stored: their owner record, their
 * consent and preference history, the registrations naming them (as owner or buyer), the repairs
 * they booked (their estimates' decisions), their care reminders, profile shares, sessions and
 * sign-ins (times only), unsubscribe links (times only), the summary the brand's segments read,
 * the brand's notes about them, and the audit log's record of staff who opened their profile. The
 * brand's notes are in it: they are personal data about the owner, which the right of access
 * covers, so the brand writes each note as one the client may read. Secrets — the hashes of their
 * session, sign-in and link tokens — are left out: they are no one's to read.
 *
 * Erasure removes the person and keeps the pieces: their name, e-mail, postal address, consents,
 * preferences, sessions, shares, notes and summary are deleted; their registrations and care
 * reminders stay with each piece under the erased record, which names no one (the warranty and
 * the reminders' exactly-once follow the piece, not the person); the repairs they booked keep the
 * work done with the contact erased; every piece's public provenance, which never named them,
 * stays as it was and verifies. The audit log keeps its rows (it is append-only, the record of
 * who at the brand read what), which hold the erased record's id and no personal data.
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { IsoDateTime } from './primitives.ts';

/** The export format: raised when a table's rows change meaning, not when a table is added. */
export const myDataExportFormat = 1;

export const MyDataExport = z.object({
  format: z.number(),
  exportedAt: IsoDateTime,
  brand: z.object({ id: z.string(), name: z.string() }),
  /** Every row about the owner, by table name, each with its columns as stored (booleans as 0/1, lists as JSON text). */
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type MyDataExport = z.infer<typeof MyDataExport>;

export const EraseMyAccountRequest = z.strictObject({
  /** `true`: the owner confirmed, having read what is lost. */
  confirm: z.literal(true),
});
export type EraseMyAccountRequest = z.input<typeof EraseMyAccountRequest>;

export const AccountErased = z.object({ erased: z.literal(true), erasedAt: IsoDateTime });
export type AccountErased = z.infer<typeof AccountErased>;

export const exportMyData = operation({
  id: 'exportMyData',
  method: 'GET',
  path: '/v1/owner/data-export',
  access: ownerAccess,
  response: MyDataExport,
});

export const eraseMyAccount = operation({
  id: 'eraseMyAccount',
  method: 'POST',
  path: '/v1/owner/account/erasure',
  access: ownerAccess,
  request: EraseMyAccountRequest,
  response: AccountErased,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const myDataDocs = {
  tag: 'owner-space',
  summaries: {
    exportMyData:
      "Everything the registry holds about the signed-in owner, as JSON: every row about them, by table (secrets left out), the brand's notes about them included.",
    eraseMyAccount:
      "Erases the signed-in owner's account (`confirm: true`): their personal data is deleted or anonymised, every session ends and the cookie is cleared; their pieces stay in the brand's registry and each piece's public provenance still verifies.",
  },
} as const satisfies OperationDocs;
