/**
 * "The retailer stays in the picture": when another retailer serves a piece whose retailer of
 * record is yours — a modification recorded at its counter, a repair it takes in — you get a note:
 * what happened, to which piece, by which retailer, when. Notes name no one (the client's contact
 * is for the retailers the owner shared it with, through the recognition card).
 *
 *   const { notes, unreadCount } = await client.call(listRetailerNotes, { query: { unread: 'true' } });
 *   await client.call(markRetailerNotesRead, { noteIds: notes.map((note) => note.id) });
 */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { operation, type OperationDocs } from './operation.ts';
import { Id, IsoDateTime } from './primitives.ts';
import { singleLine } from './text-characters.ts';

/** Notes per page, newest first. */
export const retailerNotesPageSize = 50;
/** Most notes one request may mark read. */
export const retailerNotesMarkMax = 100;
const retailerNotesCursorMaxLength = 200;

export const retailerNoteKinds = ['modification', 'repair_intake'] as const;

export const RetailerNote = z.object({
  id: Id,
  /** `modification`: recorded by the serving retailer; `repair_intake`: a repair it booked for the piece. */
  kind: z.enum(retailerNoteKinds),
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string() }),
  /** The retailer that served the piece. */
  servedBy: RetailerSummary,
  /** The modification's public words ("strap replaced"), or the repair's service type. */
  detail: z.string(),
  occurredAt: IsoDateTime,
  createdAt: IsoDateTime,
  /** When someone of the retailer marked it read; null while unread. */
  readAt: z.nullable(IsoDateTime),
});
export type RetailerNote = z.infer<typeof RetailerNote>;

export const RetailerNotesQuery = z.strictObject({
  /** `true`: unread notes only. */
  unread: z.optional(z.enum(['true', 'false'])),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(singleLine, z.minLength(1), z.maxLength(retailerNotesCursorMaxLength))),
});
export type RetailerNotesQuery = z.input<typeof RetailerNotesQuery>;

export const RetailerNotesPage = z.object({
  /** Newest first. */
  notes: z.array(RetailerNote),
  /** Unread notes of the retailer, all pages together. */
  unreadCount: z.number(),
  nextCursor: z.nullable(z.string()),
});
export type RetailerNotesPage = z.infer<typeof RetailerNotesPage>;

export const MarkRetailerNotesRead = z.strictObject({
  /** Each of the retailer's own notes; a note already read keeps the time it was first read. */
  noteIds: z.array(Id).check(z.minLength(1), z.maxLength(retailerNotesMarkMax)),
});
export type MarkRetailerNotesRead = z.input<typeof MarkRetailerNotesRead>;

export const MarkedRetailerNotes = z.object({ notes: z.array(RetailerNote), unreadCount: z.number() });
export type MarkedRetailerNotes = z.infer<typeof MarkedRetailerNotes>;

const retailerOnly = { keys: ['retailer'], retailerStaff: ['manager', 'associate'] } as const;

export const listRetailerNotes = operation({
  id: 'listRetailerNotes',
  method: 'GET',
  path: '/v1/retailer-notes',
  access: retailerOnly,
  query: RetailerNotesQuery,
  response: RetailerNotesPage,
});

export const markRetailerNotesRead = operation({
  id: 'markRetailerNotesRead',
  method: 'POST',
  path: '/v1/retailer-notes/reads',
  access: retailerOnly,
  request: MarkRetailerNotesRead,
  response: MarkedRetailerNotes,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const retailerNotesDocs = {
  tag: 'retailer-notes',
  summaries: {
    listRetailerNotes:
      "The retailer's notes, newest first: another retailer served a piece it is the retailer of record of (a modification, a repair taken in). Its own notes only.",
    markRetailerNotesRead:
      "Marks the retailer's notes read. An id that is not one of its notes is a field error at `noteIds.N`, and nothing is marked.",
  },
} as const satisfies OperationDocs;
