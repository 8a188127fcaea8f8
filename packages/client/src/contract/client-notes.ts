/**
 * Notes the brand writes about its clients (issue 17, "Notes"): a few words attached to a person,
 * a piece or a repair, for whoever looks after that client next. Not the retailer notes
 * (retailer-notes.ts): those are the registry telling a retailer of record that another retailer
 * served its client's piece; these are written by the brand's staff, about a client.
 *
 *   await client.call(createClientNote, { clientId, visibility: 'retailer_of_record', text: 'Prefers Saturday fittings.', retainUntil: '2028-12-31' });
 *   const { notes, nextCursor } = await client.call(listClientNotes, { query: { clientId, q: 'fitting' } });
 *
 * **Who reads a note** (`visibility`), in every listing, search and timeline:
 * - `brand`: the brand's staff who look after clients (admins, the concierge) and its servers, only;
 * - `retailer_of_record`: also the retailer of record when the note was written — of the piece (a
 *   piece's note, a repair's note: the repair's piece), or of each piece the person held then (a
 *   person's note). Fixed when written: a piece sold on later through another retailer does not
 *   show that retailer what was said to the first;
 * - `all_retailers`: also every retailer of the brand.
 * Owners never read notes. A retailer reads a note's subject by id only (`clientId`, `serial`,
 * `trackingCode`), never the client's name: that is shared by the owner, through the recognition card.
 *
 * **Retention**: each note carries `retainUntil`, a day. The day after it the server's maintenance
 * sweep deletes the note (within its interval); nothing of it is kept. Written by the brand; a
 * note may also be deleted any time before.
 *
 * **Search** (`q`): every word of `q` (separated by spaces) appears in the note's text, ignoring
 * case and accents ("cafe" finds "Café").
 */
import * as z from 'zod/mini';
import { operation, type OperationDocs } from './operation.ts';
import { ClientId, Id, IsoDate, IsoDateTime, Serial } from './primitives.ts';
import { multiLine, TrackingCode } from './repairs.ts';
import { singleLine } from './text-characters.ts';

/** Characters of a note's text. */
export const clientNoteTextMaxLength = 2000;
/** Characters of a search. */
export const clientNoteSearchMaxLength = 200;
/** Notes per page, newest first. */
export const clientNotesPageSize = 50;
/** How far ahead a retention date may be: ten years from today (UTC). */
export const clientNoteRetentionMaxYears = 10;
const clientNotesCursorMaxLength = 200;

export const clientNoteVisibilities = ['brand', 'retailer_of_record', 'all_retailers'] as const;
export const ClientNoteVisibility = z.enum(clientNoteVisibilities);
export type ClientNoteVisibility = z.infer<typeof ClientNoteVisibility>;

export const clientNoteSubjects = ['client', 'piece', 'repair'] as const;

export const ClientNoteText = z.string().check(z.trim(), multiLine, z.minLength(1), z.maxLength(clientNoteTextMaxLength));

/**
 * A new note: exactly one of `clientId`, `serial`, `trackingCode` says what it is about (more
 * than one, or none, is a field error at `clientId`).
 */
export const ClientNoteCreation = z
  .strictObject({
    clientId: z.optional(ClientId),
    serial: z.optional(Serial),
    trackingCode: z.optional(TrackingCode),
    visibility: ClientNoteVisibility,
    text: ClientNoteText,
    /** The last day the note is kept: today (UTC) at the earliest, at most `clientNoteRetentionMaxYears` ahead. */
    retainUntil: IsoDate,
  })
  .check(
    z.refine((note) => [note.clientId, note.serial, note.trackingCode].filter((subject) => subject !== undefined).length === 1, {
      message: 'Give exactly one of clientId, serial and trackingCode: what the note is about.',
      path: ['clientId'],
    }),
  );
export type ClientNoteCreation = z.input<typeof ClientNoteCreation>;

export const ClientNote = z.object({
  id: Id,
  /** What it is attached to; the matching field below is set (a repair's note names its piece's serial too). */
  subject: z.enum(clientNoteSubjects),
  clientId: z.nullable(z.string()),
  serial: z.nullable(z.string()),
  trackingCode: z.nullable(z.string()),
  visibility: ClientNoteVisibility,
  text: z.string(),
  retainUntil: IsoDate,
  createdAt: IsoDateTime,
});
export type ClientNote = z.infer<typeof ClientNote>;

export const ClientNotesQuery = z.strictObject({
  /** The notes attached to this person. */
  clientId: z.optional(ClientId),
  /** The notes attached to this piece or to one of its repairs. */
  serial: z.optional(Serial),
  /** The notes attached to this repair. */
  trackingCode: z.optional(TrackingCode),
  /** Words the text holds, each of them (see the module's comment). */
  q: z.optional(z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(clientNoteSearchMaxLength))),
  /** `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(singleLine, z.minLength(1), z.maxLength(clientNotesCursorMaxLength))),
});
export type ClientNotesQuery = z.input<typeof ClientNotesQuery>;

export const ClientNotesPage = z.object({
  /** Newest first; only the notes the caller may read. */
  notes: z.array(ClientNote),
  nextCursor: z.nullable(z.string()),
});
export type ClientNotesPage = z.infer<typeof ClientNotesPage>;

export const ClientNoteParams = z.strictObject({ noteId: Id });
export type ClientNoteParams = z.input<typeof ClientNoteParams>;

/** The brand's staff who look after clients, and its servers, write and delete notes. */
const noteWriters = { keys: ['secret'], brandStaff: ['admin', 'concierge'] } as const;
/** Retailers read the notes visible to them. */
const noteReaders = { keys: ['secret', 'retailer'], brandStaff: ['admin', 'concierge'], retailerStaff: ['manager', 'associate'] } as const;

export const createClientNote = operation({
  id: 'createClientNote',
  method: 'POST',
  path: '/v1/client-notes',
  access: noteWriters,
  request: ClientNoteCreation,
  response: ClientNote,
  successStatus: 201,
  errors: ['unknown_client', 'unknown_serial', 'unknown_repair'],
});

export const listClientNotes = operation({
  id: 'listClientNotes',
  method: 'GET',
  path: '/v1/client-notes',
  access: noteReaders,
  query: ClientNotesQuery,
  response: ClientNotesPage,
});

export const deleteClientNote = operation({
  id: 'deleteClientNote',
  method: 'DELETE',
  path: '/v1/client-notes/{noteId}',
  access: noteWriters,
  params: ClientNoteParams,
  response: ClientNote,
  errors: ['unknown_client_note'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const clientNotesDocs = {
  tag: 'client-notes',
  summaries: {
    createClientNote:
      'Writes a note about a client, a piece or a repair (exactly one), with who may read it (`brand`, `retailer_of_record`, `all_retailers`) and the last day it is kept (`retainUntil`; deleted by the maintenance sweep after it). Brand staff who look after clients and the secret key.',
    listClientNotes:
      "Notes newest first, filtered by client, piece or repair and searched by words (`q`), a page at a time. The brand reads all; a retailer only the notes visible to it: `all_retailers`, and `retailer_of_record` where it was the retailer of record when the note was written; never a `brand` note. Audited.",
    deleteClientNote: 'Deletes a note now, before its retention date. A note of another brand, or none, is 404 `unknown_client_note`.',
  },
} as const satisfies OperationDocs;
