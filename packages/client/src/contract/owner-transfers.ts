/**
 * Transferring a piece from the owner space (issue 16): the owner sells or gives a piece of theirs
 * and names its new owner; the new owner confirms by the e-mailed link (single use, 7 days), and
 * only then is the piece theirs. It is the brand's ownership transfer (`transferOwnership` in
 * item-events.ts) started by the owner rather than by staff: the same pending warranty, the same
 * confirmation e-mail, the same confirmation. Until it is confirmed nothing changes, and the
 * owner may cancel it. After it, the piece's warranty, service history and care schedule go with
 * it to its new owner; the previous owner's consents and the brand's notes about them stay theirs.
 */
import * as z from 'zod/mini';
import { ItemParams } from './items.ts';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { CountryCode, Email, IsoDateTime, Locale, PersonName } from './primitives.ts';

export const transferKinds = ['sale', 'gift'] as const;
export const TransferKind = z.enum(transferKinds);
export type TransferKind = z.infer<typeof TransferKind>;

export const PieceTransferRequest = z.strictObject({
  /** Sold or given: kept with the transfer, for the owner's and the brand's record. */
  kind: TransferKind,
  newOwner: z.strictObject({
    name: PersonName,
    /** The confirmation link goes here: only who reads this mailbox can accept the piece. */
    email: Email,
    /** The language of the confirmation e-mail (and of the new owner's, if new to the brand). */
    language: Locale,
    /** Where the new owner lives; default: the current owner's country. */
    country: z.optional(CountryCode),
  }),
});
export type PieceTransferRequest = z.input<typeof PieceTransferRequest>;

export const pieceTransferStatuses = ['pending', 'confirmed', 'cancelled', 'expired', 'superseded'] as const;

/** A transfer as the owner who started it sees it. */
export const PieceTransfer = z.object({
  kind: TransferKind,
  /**
   * `pending` until the new owner confirms (`confirmed`: the piece is theirs), the owner cancels
   * (`cancelled`), the link lapses (`expired`), or another transfer of the piece is confirmed or
   * started first (`superseded`).
   */
  status: z.enum(pieceTransferStatuses),
  /** Whom the piece goes to: the name given, the address masked (`j•••@example.com`). */
  newOwner: z.object({ name: z.string(), email: z.string() }),
  requestedAt: IsoDateTime,
  /** When the confirmation link stops working. */
  expiresAt: IsoDateTime,
});
export type PieceTransfer = z.infer<typeof PieceTransfer>;

/** The piece's transfer now pending, if any. */
export const PendingPieceTransfer = z.object({ transfer: z.nullable(PieceTransfer) });
export type PendingPieceTransfer = z.infer<typeof PendingPieceTransfer>;

export const PieceTransferCancelled = z.object({ cancelled: z.boolean() });
export type PieceTransferCancelled = z.infer<typeof PieceTransferCancelled>;

export const transferMyPiece = operation({
  id: 'transferMyPiece',
  method: 'POST',
  path: '/v1/owner/pieces/{serial}/transfer',
  access: ownerAccess,
  params: ItemParams,
  request: PieceTransferRequest,
  response: PieceTransfer,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable'],
});

export const getMyPieceTransfer = operation({
  id: 'getMyPieceTransfer',
  method: 'GET',
  path: '/v1/owner/pieces/{serial}/transfer',
  access: ownerAccess,
  params: ItemParams,
  response: PendingPieceTransfer,
  errors: ['unknown_serial'],
});

export const cancelMyPieceTransfer = operation({
  id: 'cancelMyPieceTransfer',
  method: 'DELETE',
  path: '/v1/owner/pieces/{serial}/transfer',
  access: ownerAccess,
  params: ItemParams,
  response: PieceTransferCancelled,
  errors: ['unknown_serial'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const ownerTransfersDocs = {
  tag: 'owner-space',
  summaries: {
    transferMyPiece:
      "The signed-in owner sells or gives a piece of theirs: `newOwner` (name, e-mail, language, country) gets the brand's confirmation e-mail (single-use link, 7 days). Nothing changes until they confirm: then the piece, its warranty, service history and care reminders are theirs, and `ownership_transferred` enters its public history; consents and notes stay with each person. A transfer still pending for the piece is replaced. 422 at `newOwner.email` for the owner's own address; 409 item_unavailable for a piece reported stolen or lost (a report of theft also cancels the transfer pending: its link then answers 410 `transfer_no_longer_possible`).",
    getMyPieceTransfer: "The piece's transfer still pending (the new owner's name and masked address, when the link expires), or null.",
    cancelMyPieceTransfer: "Cancels the piece's pending transfer before the new owner confirms: their link stops working. `cancelled` is false when none was pending.",
  },
} as const satisfies OperationDocs;
