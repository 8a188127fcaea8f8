/**
 * Repair orders: booking a service for a piece, following it with its tracking code, the estimate
 * the owner approves or declines, the staff transitions of its lifecycle and the owner's rating.
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { operation, type OperationDocs, publicAccess } from './operation.ts';
import { AmountMinorUnits, CurrencyCode, Email, Id, IsoDate, IsoDateTime, Locale, Money, PersonName, Serial } from './primitives.ts';
import { ServiceTypeCode } from './service-network.ts';
import { singleLine } from './text-characters.ts';
import { WarrantyStatus } from './warranties.ts';

/**
 * The lifecycle of a repair. Which moves are allowed is decided by one table on the server
 * (`features/repairs/state-machine.ts`); the order here is the order a tracker shows.
 */
export const repairStatuses = [
  'requested',
  'received',
  'diagnosed',
  'awaiting_approval',
  'approved',
  'declined',
  'in_repair',
  'quality_control',
  'ready',
  'returned',
  'cancelled',
] as const;
export const RepairStatus = z.enum(repairStatuses);
export type RepairStatus = z.infer<typeof RepairStatus>;

/**
 * Characters of a tracking code as printed: 12 of Crockford's base 32 in three groups of four
 * (`7XK2-M9QD-R4TB`, 60 random bits). Typed input may omit the dashes, use lower case, and
 * confuse O with 0 and I or L with 1: the server reads them the same.
 */
export const trackingCodeGroupCount = 3;
export const trackingCodeGroupLength = 4;
const trackingCodeInputMaxLength = 24;

export const TrackingCode = z.string().check(
  z.trim(),
  z.minLength(trackingCodeGroupCount * trackingCodeGroupLength),
  z.maxLength(trackingCodeInputMaxLength),
  z.regex(/^[0-9A-Za-z -]+$/),
);

export const repairDescriptionMaxLength = 2000;
export const transitionNoteMaxLength = 2000;
export const estimateLineItemsMax = 50;
export const ratingCommentMaxLength = 2000;
export const minRatingScore = 1;
export const maxRatingScore = 5;

// Control characters are what this pattern is about.
/* eslint-disable no-control-regex */
/**
 * Several lines: as `singleLineText` (text-characters.ts), except line feed and carriage return.
 * Here, beside the only fields that use it, so the widgets' shared runtime does not ship it.
 */
export const multiLineText = /^[^\0-\t\v\f\x0e-\x1f\x7f\u2028\u2029]*$/;
/* eslint-enable no-control-regex */
/** Text on several lines (descriptions, notes): line breaks, but no other control characters (text-characters.ts). */
export const multiLine = z.regex(multiLineText, 'No control characters other than line breaks.');

/**
 * `slot`: a service centre's boutique drop-off slot; `mail_in`: sent by post to the centre;
 * `retailer`: left at the counter of the retailer whose staff (or key) booked it, which sends it
 * on to the centre. Only a retailer's caller may book `retailer`; its contact is then confirmed by
 * e-mail before any update is sent (`contactConfirmation`).
 */
export const dropOffMethods = ['slot', 'mail_in', 'retailer'] as const;
export const DropOffMethod = z.enum(dropOffMethods);
export type DropOffMethod = z.infer<typeof DropOffMethod>;

export const RepairContactInput = z.strictObject({
  name: PersonName,
  email: Email,
  language: Locale,
});
export type RepairContactInput = z.input<typeof RepairContactInput>;

/** `{ method: 'slot', slotId }`, `{ method: 'mail_in' }` or `{ method: 'retailer' }`: only a slot drop-off names a slot. */
export const DropOffInput = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('slot'), slotId: Id }),
  z.strictObject({ method: z.literal('mail_in') }),
  z.strictObject({ method: z.literal('retailer') }),
]);
export type DropOffInput = z.input<typeof DropOffInput>;

export const RepairBookingRequest = z.strictObject({
  serial: Serial,
  serviceType: ServiceTypeCode,
  /** What the owner noticed, in their words. */
  description: z.string().check(z.trim(), multiLine, z.maxLength(repairDescriptionMaxLength)),
  serviceCentreId: Id,
  dropOff: DropOffInput,
  contact: RepairContactInput,
});
export type RepairBookingRequest = z.input<typeof RepairBookingRequest>;

/**
 * The secret of the tracker link e-mailed with every repair change: 128 random bits, base64url
 * (22 characters as issued). Checked loosely here (its alphabet and a sane length) so a future
 * longer token needs no contract change; the server answers a wrong one like a wrong e-mail.
 */
const linkTokenMinLength = 16;
const linkTokenMaxLength = 128;
export const LinkToken = z.string().check(z.trim(), z.minLength(linkTokenMinLength), z.maxLength(linkTokenMaxLength), z.regex(/^[A-Za-z0-9_-]+$/));

/**
 * The fragment key of the e-mailed tracker link: `<tracker page>#atelier-tracker=<TRACKING-CODE>.<linkToken>`.
 * In the fragment, the token never reaches a server log or a Referer; the tracker reads it, sends
 * it in a lookup body and removes it from the address bar. A code never contains a `.`, nor does a token.
 */
export const trackerLinkFragmentKey = 'atelier-tracker';

/**
 * How the owner proves a repair is theirs: the tracking code plus EITHER the e-mail it was booked
 * with (typed) OR the token of the e-mailed tracker link, always in the body, never in a URL.
 * Neither: the error names `email` (what a form asks for); both: it names `linkToken`.
 */
const ownerProofFields = {
  trackingCode: TrackingCode,
  email: z.optional(Email),
  linkToken: z.optional(LinkToken),
};

const ownerProofKeys: readonly PropertyKey[] = ['email', 'linkToken'];

const exactlyOneOwnerProof = fieldCheck(
  (proof: { email?: string | undefined; linkToken?: string | undefined }) => {
    if (proof.email === undefined && proof.linkToken === undefined) {
      return { path: ['email'], code: 'required', message: 'Enter the e-mail address the repair was booked with.' };
    }
    if (proof.email !== undefined && proof.linkToken !== undefined) {
      return { path: ['linkToken'], code: 'invalid_value', message: 'Send either the e-mail address or the link token, not both.' };
    }
    return undefined;
  },
  {
    // Also alongside other fields' errors (a form shows them all at once), unless the proof fields themselves are already wrong.
    when: (payload) =>
      typeof payload.value === 'object' && payload.value !== null && !payload.issues.some((issue) => ownerProofKeys.includes(issue.path?.[0] ?? '')),
  },
);

/** The owner looks their repair up: tracking code plus e-mail or link token (see `ownerProofFields`). */
export const RepairLookupRequest = z.strictObject(ownerProofFields).check(exactlyOneOwnerProof);
export type RepairLookupRequest = z.input<typeof RepairLookupRequest>;

export const estimateDecisions = ['approve', 'decline'] as const;
export const EstimateDecision = z.enum(estimateDecisions);
export type EstimateDecision = z.infer<typeof EstimateDecision>;

export const EstimateDecisionRequest = z
  .strictObject({
    ...ownerProofFields,
    decision: EstimateDecision,
    /** Typed by the owner as their signature of the decision. */
    name: PersonName,
  })
  .check(exactlyOneOwnerProof);
export type EstimateDecisionRequest = z.input<typeof EstimateDecisionRequest>;

export const RatingRequest = z
  .strictObject({
    ...ownerProofFields,
    score: z.number().check(z.int(), z.gte(minRatingScore), z.lte(maxRatingScore)),
    comment: z.optional(z.string().check(z.trim(), multiLine, z.maxLength(ratingCommentMaxLength))),
  })
  .check(exactlyOneOwnerProof);
export type RatingRequest = z.input<typeof RatingRequest>;

export const EstimateLineItemInput = z.strictObject({
  description: z.string().check(z.trim(), singleLine, z.minLength(1), z.maxLength(200)),
  amountMinorUnits: AmountMinorUnits,
  /** Work the warranty covers costs the owner nothing, and the estimate says so. Absent means not covered. */
  coveredByWarranty: z._default(z.boolean(), false),
});

export const EstimateInput = z.strictObject({
  currency: CurrencyCode,
  lineItems: z.array(EstimateLineItemInput).check(z.minLength(1), z.maxLength(estimateLineItemsMax)),
  validUntil: IsoDate,
});
export type EstimateInput = z.input<typeof EstimateInput>;

export const RepairTransitionParams = z.strictObject({ trackingCode: TrackingCode });
export type RepairTransitionParams = z.input<typeof RepairTransitionParams>;

/** A staff move of a repair (secret key). */
export const RepairTransitionRequest = z.strictObject({
  to: RepairStatus,
  /** For the service desk's record; never shown to the owner. */
  note: z.optional(z.string().check(z.trim(), multiLine, z.maxLength(transitionNoteMaxLength))),
  /** Required when moving to `awaiting_approval`, refused otherwise. */
  estimate: z.optional(EstimateInput),
  /** Overrides the promised date (set from the centre's turnaround when the piece is received). */
  promisedDate: z.optional(IsoDate),
  /**
   * Only when moving to `returned`: what the owner paid, when it is not the approved estimate's
   * total (work added or waived, a diagnosis fee after a declined estimate). Without it, a return
   * after the work records the approved estimate's total; a return after a declined estimate,
   * nothing charged.
   */
  charged: z.optional(Money),
});
export type RepairTransitionRequest = z.input<typeof RepairTransitionRequest>;

export const EstimateLineItem = z.object({
  description: z.string(),
  amountMinorUnits: z.number(),
  coveredByWarranty: z.boolean(),
});

export const Estimate = z.object({
  currency: z.string(),
  lineItems: z.array(EstimateLineItem),
  /** What the owner pays: the items the warranty does not cover. */
  totalMinorUnits: z.number(),
  validUntil: IsoDate,
  decision: z.nullable(
    z.object({
      decision: EstimateDecision,
      decidedAt: IsoDateTime,
      name: z.string(),
    }),
  ),
});
export type Estimate = z.infer<typeof Estimate>;

export const RepairStage = z.object({
  status: RepairStatus,
  at: IsoDateTime,
});

export const RepairWarranty = z.object({
  status: WarrantyStatus,
  coverageEnd: IsoDate,
});

export const RepairCentreSummary = z.object({
  id: Id,
  name: z.string(),
  city: z.string(),
  country: z.string(),
  address: z.string(),
  timeZone: z.string(),
});

export const RepairDropOff = z.object({
  method: DropOffMethod,
  /** The booked window, for a boutique drop-off. */
  slot: z.nullable(z.object({ startsAt: IsoDateTime, endsAt: IsoDateTime })),
  /** How to send the piece, for a mail-in repair. */
  mailInInstructions: z.nullable(z.string()),
  /**
   * The retailer whose counter the piece was left at (`retailer`); null otherwise. Optional: a
   * server older than counter drop-offs sends none, and a newer widget still reads its answers.
   */
  retailer: z.optional(z.nullable(z.object({ id: Id, name: z.string(), city: z.string(), country: z.string() }))),
});

/** What the owner sees of their repair: no staff notes, nothing about the piece's other history. */
export const RepairTracker = z.object({
  trackingCode: z.string(),
  serial: z.string(),
  serviceType: z.string(),
  description: z.string(),
  centre: RepairCentreSummary,
  dropOff: RepairDropOff,
  status: RepairStatus,
  stages: z.array(RepairStage),
  promisedDate: z.nullable(IsoDate),
  /** Whether the repair is (or was) ready by the promised date; null before one is set. */
  onTime: z.nullable(z.boolean()),
  estimate: z.nullable(Estimate),
  warranty: z.nullable(RepairWarranty),
  rating: z.nullable(z.object({ score: z.number(), comment: z.nullable(z.string()), ratedAt: IsoDateTime })),
  createdAt: IsoDateTime,
});
export type RepairTracker = z.infer<typeof RepairTracker>;

export const RepairStatusChange = z.object({
  from: z.nullable(RepairStatus),
  to: RepairStatus,
  at: IsoDateTime,
  note: z.nullable(z.string()),
});

/**
 * Whether the repair's contact address is known to reach its owner. `not_required`: the contact
 * typed it themselves (booked from a page). `pending`: taken in at a retailer's counter, where
 * someone else typed it; only the confirmation request has been e-mailed, and no update is sent
 * until the contact opens its link. `confirmed`: they did.
 */
export const contactConfirmationStates = ['not_required', 'pending', 'confirmed'] as const;
export const ContactConfirmation = z.enum(contactConfirmationStates);
export type ContactConfirmation = z.infer<typeof ContactConfirmation>;

/** A repair as the service desk sees it (secret key). */
export const RepairOrder = z.object({
  ...RepairTracker.shape,
  contact: z.object({ name: z.string(), email: z.string(), language: z.string() }),
  contactConfirmation: ContactConfirmation,
  /** The piece was reported stolen or lost when booked: staff handle it; the person booking is not told. */
  flaggedItemStatus: z.nullable(z.enum(['stolen', 'lost'])),
  /**
   * The piece had a registered owner when booked, and the contact's e-mail is not theirs: staff
   * check who brings the piece in; the person booking is not told.
   */
  bookedByNonOwner: z.boolean(),
  history: z.array(RepairStatusChange),
  estimateDecisionAddress: z.nullable(z.string()),
  /**
   * What the owner paid, recorded when the piece was returned (the day, UTC): the client's
   * after-sales spend. Null before the return, and when nothing was charged.
   */
  charged: z.nullable(z.object({ currency: z.string(), amountMinorUnits: z.number(), chargedOn: IsoDate })),
});
export type RepairOrder = z.infer<typeof RepairOrder>;

// A lookup with a wrong code or a wrong e-mail answers `unknown_repair` alike, so neither is revealed;
// the owner's operations may also answer `too_many_attempts` (each proof is counted, per tracking
// code and per network). Each error list is written out rather than spread from a shared one: a
// bundler keeps an operation whose arguments hold a spread (a possible side effect), and with it
// its schemas (staff-only ones too), in the chunks of the widgets that import this module.

export const bookRepair = operation({
  id: 'bookRepair',
  method: 'POST',
  path: '/v1/repairs',
  // A page's key books for its visitor; a retailer's staff take a piece in at the counter for its owner (drop-off `retailer`).
  access: { keys: ['publishable', 'secret', 'retailer'], retailerStaff: ['manager', 'associate'] },
  request: RepairBookingRequest,
  response: RepairTracker,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_service_centre', 'service_not_offered', 'unknown_slot', 'slot_full'],
});

export const lookupRepair = operation({
  id: 'lookupRepair',
  method: 'POST',
  path: '/v1/repairs/lookup',
  access: publicAccess,
  request: RepairLookupRequest,
  response: RepairTracker,
  errors: ['unknown_repair', 'too_many_attempts'],
});

export const decideEstimate = operation({
  id: 'decideEstimate',
  method: 'POST',
  path: '/v1/repairs/estimate-decisions',
  access: publicAccess,
  request: EstimateDecisionRequest,
  response: RepairTracker,
  errors: ['unknown_repair', 'too_many_attempts', 'invalid_transition', 'repair_status_changed', 'estimate_expired'],
});

export const rateRepair = operation({
  id: 'rateRepair',
  method: 'POST',
  path: '/v1/repairs/ratings',
  access: publicAccess,
  request: RatingRequest,
  response: RepairTracker,
  successStatus: 201,
  errors: ['unknown_repair', 'too_many_attempts', 'repair_not_returned', 'already_rated'],
});

export const getRepair = operation({
  id: 'getRepair',
  method: 'GET',
  path: '/v1/repairs/{trackingCode}',
  // A retailer reads the repairs left with it (another's answers 404 like an unknown code).
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge'], retailerStaff: ['manager', 'associate'] },
  params: RepairTransitionParams,
  response: RepairOrder,
  errors: ['unknown_repair'],
});

export const transitionRepair = operation({
  id: 'transitionRepair',
  method: 'POST',
  path: '/v1/repairs/{trackingCode}/transitions',
  // The service centres are the brand's: only its service desk moves a repair along.
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk'] },
  params: RepairTransitionParams,
  request: RepairTransitionRequest,
  response: RepairOrder,
  successStatus: 201,
  errors: ['unknown_repair', 'invalid_transition', 'repair_status_changed', 'estimate_required'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const repairsDocs = {
  tag: 'repairs',
  summaries: {
    bookRepair:
      'Books a service for a piece at a service centre, with a drop-off slot, by mail, or left at the counter of the retailer that books it (retailer callers only; the contact then confirms the address by e-mail before any update is sent); answers the tracker and its tracking code.',
    lookupRepair: 'The tracker of a repair, for its tracking code and the e-mail it was booked with (both in the body).',
    decideEstimate:
      'The owner approves or declines the estimate by typing their name; the decision is stored with its time and address.',
    rateRepair: 'After the piece is returned, the owner rates the service from 1 to 5, with an optional comment.',
    getRepair: 'A repair as the service desk sees it: contact, flags, status history with notes.',
    transitionRepair:
      'Staff move a repair along its lifecycle, with a note, an estimate (to awaiting_approval) or a promised date.',
  },
} as const satisfies OperationDocs;
