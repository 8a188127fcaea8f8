/**
 * The owner's space (issue 16): an owner of the brand's pieces signs in from the brand's own site
 * with an e-mailed single-use code or link, and sees the pieces they hold, each with its whole
 * story. The session is the `__Host-atelier_owner` cookie on the API's origin (HttpOnly, Secure,
 * `SameSite=None; Partitioned`), sent by the page with `credentials: 'include'` from an origin one
 * of the brand's publishable keys allows; the owner operations take that cookie alone, with no
 * `Authorization` header (a key would be taken for the caller instead).
 *
 *   await fetch(`${api}/v1/owner/sign-in`, { method: 'POST', headers, body: JSON.stringify({ email }) });
 *   // the owner types the code, or follows the link: its token is in the fragment
 *   await fetch(`${api}/v1/owner/sign-in/verify`, { method: 'POST', credentials: 'include', headers, body: JSON.stringify({ token }) });
 *   const { pieces } = await (await fetch(`${api}/v1/owner/pieces`, { credentials: 'include' })).json();
 */
import * as z from 'zod/mini';
import { CareDue } from './care-due.ts';
import { RecoveryRequest, TheftReportRequest } from './item-events.ts';
import { ItemParams, ItemStatus } from './items.ts';
import { operation, type Access, type OperationDocs } from './operation.ts';
import { fieldCheck } from './field-check.ts';
import { CountryCode, Email, Id, IsoDate, IsoDateTime } from './primitives.ts';
import { singleLine } from './text-characters.ts';
import { ProvenanceEventType } from './provenance.ts';
import { RepairStatus } from './repairs.ts';
import { WarrantyStatus } from './warranties.ts';

/** The owner's session cookie, set by `verifyOwnerSignIn` on the API's origin. */
export const ownerSessionCookieName = '__Host-atelier_owner';

/** The fragment key of the e-mailed link: `<returnUrl>#atelier-owner-sign-in=<token>`. */
export const ownerSignInFragmentKey = 'atelier-owner-sign-in';

/** Digits of the e-mailed code, shown as two groups of four (`1234 5678`). */
export const ownerSignInCodeDigits = 8;

/** Longest link token accepted: issued tokens are 43 characters. */
const ownerSignInTokenMaxLength = 128;
/** Longest page address a link may lead back to. */
const returnUrlMaxLength = 2048;

/** A signed-in owner of the brand's pieces, and only for their own: the owner operations. */
export const ownerAccess = { owner: true } as const satisfies Access;

/** Asking for a code and link: the brand site's page, with its publishable key. */
export const ownerSignInAccess = { keys: ['publishable'] } as const satisfies Access;

export const OwnerSignInRequest = z.strictObject({
  /** The e-mail is written in the owner's own language (the one of their registration). */
  email: Email,
  /**
   * The page the e-mailed link opens (the owner space on the brand's site), on an origin the key
   * allows; default: the calling page's origin. The token is put in its fragment.
   */
  returnUrl: z.optional(z.string().check(z.trim(), singleLine, z.maxLength(returnUrlMaxLength), z.regex(/^https?:\/\/\S+$/, 'An http(s) address.'))),
});
export type OwnerSignInRequest = z.infer<typeof OwnerSignInRequest>;

/** The same answer whether or not the address is an owner's: the code, if any, is in the mailbox. */
export const OwnerSignInAccepted = z.object({
  /** How long the e-mailed code and link stay valid. */
  codeLifetimeMinutes: z.number(),
});
export type OwnerSignInAccepted = z.infer<typeof OwnerSignInAccepted>;

/** Eight digits; spaces or a dash between the groups, as the e-mail shows them, are fine. */
const OwnerSignInCode = z.string().check(z.trim(), z.regex(/^\d{4}[ -]?\d{4}$/));

/** The verification as the server reads it: the link's token, or the address with the code. */
type ParsedVerification = { token: string; email?: undefined; code?: undefined } | { token?: undefined; email: string; code: string };

/**
 * Either the link's token (read from the fragment), or the address with the code typed from the
 * e-mail. One object and a check rather than a union, so a refusal names the field to fill in
 * (`email`, `code`) rather than reporting that no branch of a union matched.
 */
export const OwnerSignInVerification = z
  .strictObject({
    token: z.optional(z.string().check(z.minLength(1), z.maxLength(ownerSignInTokenMaxLength), singleLine)),
    email: z.optional(Email),
    code: z.optional(OwnerSignInCode),
  })
  .check(
    fieldCheck((verification: { token?: string | undefined; email?: string | undefined; code?: string | undefined }) => {
      if (verification.token !== undefined) {
        if (verification.email !== undefined) return { path: ['email'], code: 'unknown_field', message: 'Send the link\'s token, or the address and code, not both.' };
        if (verification.code !== undefined) return { path: ['code'], code: 'unknown_field', message: 'Send the link\'s token, or the address and code, not both.' };
        return undefined;
      }
      if (verification.email === undefined) return { path: ['email'], code: 'required', message: 'Enter the e-mail address the code was sent to.' };
      if (verification.code === undefined) return { path: ['code'], code: 'required', message: 'Enter the code from the e-mail.' };
      return undefined;
    }),
  ) as unknown as z.ZodMiniType<ParsedVerification, { token?: string; email?: string; code?: string }>;
export type OwnerSignInVerification = z.input<typeof OwnerSignInVerification>;

export const OwnerSession = z.object({
  owner: z.object({ name: z.string(), email: z.string(), language: z.string() }),
  brand: z.object({ id: z.string(), name: z.string() }),
  session: z.object({
    /** The session ends this long after its last use… */
    idleExpiresAt: IsoDateTime,
    /** …and at this time in any case. */
    absoluteExpiresAt: IsoDateTime,
  }),
});
export type OwnerSession = z.infer<typeof OwnerSession>;

export const OwnerSignOutRequest = z.strictObject({
  /** End every session of the owner (every browser), not only this one. */
  everywhere: z.optional(z.boolean()),
});
export type OwnerSignOutRequest = z.infer<typeof OwnerSignOutRequest>;

/** The session is ended; `sessionsEnded` counts them (more than one when signing out everywhere). */
export const OwnerSignedOut = z.object({ signedOut: z.literal(true), sessionsEnded: z.number() });
export type OwnerSignedOut = z.infer<typeof OwnerSignedOut>;

/** The retailer of record as the owner sees it (a `RetailerSummary` with its contact): the boutique that sold the piece, and how to reach it. */
export const RetailerOfRecord = z.object({
  id: Id,
  name: z.string(),
  country: CountryCode,
  city: z.string(),
  /** The boutique's public contact, null where the brand has not given it. */
  contact: z.object({ email: z.nullable(z.string()), phone: z.nullable(z.string()) }),
});
export type RetailerOfRecord = z.infer<typeof RetailerOfRecord>;

/**
 * The next service due: the service interval of the care rule the piece follows (see
 * `care-rules.ts`), else the brand's, after the last service closed in Atelier, or after the
 * purchase when never serviced since. The same date as the `service` entry of `careDue`.
 */
export const NextCareDue = z.object({ date: IsoDate, after: z.enum(['last_service', 'purchase']), overdue: z.boolean() });
export type NextCareDue = z.infer<typeof NextCareDue>;

/** What the list and the detail say of a piece (a plain object: `.shape` reads would stay in bundles). */
const ownedPieceFields = {
  serial: z.string(),
  model: z.object({ reference: z.string(), name: z.string(), collection: z.string(), imageUrl: z.nullable(z.string()) }),
  status: ItemStatus,
  purchaseDate: IsoDate,
  warranty: z.object({ status: WarrantyStatus, coverageEnd: IsoDate }),
  nextCareDue: NextCareDue,
  /**
   * When each kind of care falls due (service, then a water-resistance check and a cleaning where
   * a care rule sets them), with the warranty condition that lapses after that day, if any.
   */
  careDue: z.array(CareDue),
  retailerOfRecord: z.nullable(RetailerOfRecord),
};

export const OwnedPiece = z.object(ownedPieceFields);
export type OwnedPiece = z.infer<typeof OwnedPiece>;

export const OwnedPieceList = z.object({ pieces: z.array(OwnedPiece) });
export type OwnedPieceList = z.infer<typeof OwnedPieceList>;

/**
 * One moment of a piece's story, oldest first in the timeline; the field named by `kind` says
 * what happened. One object rather than a union on `kind`, so a timeline from a newer server with a
 * kind this client does not know still reads (that entry's kind as unknown) instead of failing whole.
 */
export const PieceTimelineEntry = z.object({
  kind: z.enum(['provenance', 'repair', 'warranty_extension']),
  at: IsoDateTime,
  /** `kind: 'provenance'`: an event of the piece's public history. */
  event: z.optional(z.object({ type: ProvenanceEventType, country: z.nullable(z.string()), city: z.nullable(z.string()) })),
  /** `kind: 'repair'`: a repair booked while the owner held the piece. */
  repair: z.optional(
    z.object({
      trackingCode: z.string(),
      /** The brand's tracker page, where the repair is followed with its tracking code. */
      trackerUrl: z.string(),
      serviceType: z.string(),
      status: RepairStatus,
      promisedDate: z.nullable(IsoDate),
    }),
  ),
  /** `kind: 'warranty_extension'`: months added to the owner's warranty (`reason: 'service'` after a service). */
  extension: z.optional(z.object({ reason: z.string(), months: z.number() })),
});
export type PieceTimelineEntry = z.infer<typeof PieceTimelineEntry>;

export const OwnedPieceDetail = z.object({
  ...ownedPieceFields,
  timeline: z.array(PieceTimelineEntry),
});
export type OwnedPieceDetail = z.infer<typeof OwnedPieceDetail>;

export const requestOwnerSignIn = operation({
  id: 'requestOwnerSignIn',
  method: 'POST',
  path: '/v1/owner/sign-in',
  access: ownerSignInAccess,
  request: OwnerSignInRequest,
  response: OwnerSignInAccepted,
  successStatus: 202,
  errors: ['too_many_attempts'],
});

export const verifyOwnerSignIn = operation({
  id: 'verifyOwnerSignIn',
  method: 'POST',
  path: '/v1/owner/sign-in/verify',
  access: ownerSignInAccess,
  request: OwnerSignInVerification,
  response: OwnerSession,
  errors: ['invalid_sign_in_link', 'sign_in_link_expired', 'too_many_attempts'],
});

export const getOwnerSession = operation({
  id: 'getOwnerSession',
  method: 'GET',
  path: '/v1/owner/session',
  access: ownerAccess,
  response: OwnerSession,
});

export const signOutOwner = operation({
  id: 'signOutOwner',
  method: 'POST',
  path: '/v1/owner/sign-out',
  access: ownerAccess,
  request: OwnerSignOutRequest,
  response: OwnerSignedOut,
});

export const listMyPieces = operation({
  id: 'listMyPieces',
  method: 'GET',
  path: '/v1/owner/pieces',
  access: ownerAccess,
  response: OwnedPieceList,
});

export const getMyPiece = operation({
  id: 'getMyPiece',
  method: 'GET',
  path: '/v1/owner/pieces/{serial}',
  access: ownerAccess,
  params: ItemParams,
  response: OwnedPieceDetail,
  errors: ['unknown_serial'],
});

export const reportMyPieceStolen = operation({
  id: 'reportMyPieceStolen',
  method: 'POST',
  path: '/v1/owner/pieces/{serial}/theft-reports',
  access: ownerAccess,
  params: ItemParams,
  request: TheftReportRequest,
  response: OwnedPieceDetail,
  errors: ['unknown_serial', 'item_unavailable', 'already_reported_stolen'],
});

/** A loss report says nothing more than the report itself: no place goes anywhere (see `ownerSpaceDocs`). */
export const LossReportRequest = z.strictObject({});
export type LossReportRequest = z.input<typeof LossReportRequest>;

export const reportMyPieceLost = operation({
  id: 'reportMyPieceLost',
  method: 'POST',
  path: '/v1/owner/pieces/{serial}/loss-reports',
  access: ownerAccess,
  params: ItemParams,
  request: LossReportRequest,
  response: OwnedPieceDetail,
  errors: ['unknown_serial', 'item_unavailable', 'already_reported_lost'],
});

export const reportMyPieceFound = operation({
  id: 'reportMyPieceFound',
  method: 'POST',
  path: '/v1/owner/pieces/{serial}/recoveries',
  access: ownerAccess,
  params: ItemParams,
  request: RecoveryRequest,
  response: OwnedPieceDetail,
  errors: ['unknown_serial', 'not_reported_stolen'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const ownerSpaceDocs = {
  tag: 'owner-space',
  summaries: {
    requestOwnerSignIn:
      "E-mails an owner of the brand's pieces a single-use code and link (valid 10 minutes; either one signs in, and uses up the other), in the owner's language. The answer is the same 202, as fast, whether the address is an owner's or not. Limited per address and per network.",
    verifyOwnerSignIn:
      "Signs an owner in with the e-mailed link's token or the address and code (once): sets the owner session cookie (HttpOnly, Secure, SameSite=None, Partitioned) — send it with credentials: 'include' — ending the session the browser had.",
    getOwnerSession: 'The signed-in owner, their brand, and when their session ends.',
    signOutOwner:
      "Ends the owner's session (with `everywhere`, every session of theirs, on every browser) and clears its cookie.",
    listMyPieces:
      'Every piece the signed-in owner holds: its warranty and when it ends, the next care due per kind of care (with any warranty condition that lapses, and when), and the retailer of record with its contact.',
    getMyPiece:
      "One piece the signed-in owner holds, with its story in one timeline: provenance events, repairs (with their tracking codes) and warranty extensions. A piece they do not hold answers 404 unknown_serial, as one that does not exist.",
    reportMyPieceStolen:
      "The signed-in owner reports a piece of theirs stolen (where, as precise as the public history may show: a country and a city): the piece's public history says so at once, and every authorized retailer is told when it is brought in. Answers the piece as the owner sees it.",
    reportMyPieceLost:
      "The signed-in owner reports a piece of theirs lost: its status becomes `lost`, any transfer of it waiting for its new owner ends (`piece_reported_lost`), it can be neither transferred nor booked for a service, and an authorized retailer who recognises it is told it is missing. Unlike a theft, a loss appends no public provenance event (the public record shows the status only). Answers the piece as the owner sees it.",
    reportMyPieceFound:
      "The signed-in owner reports a piece of theirs found: the stolen or lost flag is lifted. A stolen piece's report stays in the history and `recovered` is appended; a lost piece's report was never public, so nothing is appended. A piece reported neither answers 409 not_reported_stolen. Answers the piece as the owner sees it.",
  },
} as const satisfies OperationDocs;
