/**
 * Every budget of the server in one place, each with its unit in its name. Two kinds:
 *
 * - **Traffic budgets** (`RateLimitPolicy`: requests per key, per address, provenance lookups)
 *   keep one caller from taking the service for itself. They are counted in memory and shared
 *   through the database in batches (db/shared-counters.ts), so across N instances they may admit
 *   more than the budget (see the server README, "Limits"): cheap, and overshooting a little
 *   harms nobody.
 * - **Exact limits** (`AttemptLimit`, `attemptLimits` below) stand between a caller and a secret
 *   (a warranty-card code, a repair's tracking code and e-mail, a link token). Each attempt is
 *   decided by one atomic database statement (attempt-limits.ts), so no number of instances
 *   admits more than the budget.
 * - **Repair booking limits** (`repairBookingLimits`, also `AttemptLimit`s, exact): each booking
 *   makes the brand e-mail an address the caller chose, so they are counted exactly too, in the
 *   booking's transaction.
 */

/** Largest request body accepted; the biggest legitimate request (an activation) is well under 4 KB. */
export const requestBodyLimitBytes = 64 * 1024;

/** Largest stock file import (POST /v1/stock/imports): its CSV, at most 500,000 characters, as JSON. */
export const stockImportBodyLimitBytes = 2 * 1024 * 1024;

/** A fixed-window request budget, named as it appears in the `RateLimit-Policy` header. */
export interface RateLimitPolicy {
  name: string;
  requestsPerWindow: number;
  windowSeconds: number;
}

export interface RateLimitPolicies {
  /** Per publishable key: a brand site's visitors share it, so it is generous. */
  publishable: RateLimitPolicy;
  /** Per secret key: the brand's back office. */
  secret: RateLimitPolicy;
  /** Per retailer key: one retailer's point of sale or Shopify shop (its storefront's widget calls included). */
  retailer: RateLimitPolicy;
  /**
   * Per person signed in to the console: staff behind one office address each have their own, and
   * a page of the console makes a few calls at once.
   */
  staff: RateLimitPolicy;
  /** Per owner signed in to the owner space (features/owner-space): one person reading their own pieces. */
  owner: RateLimitPolicy;
  /** Per client IP when no valid key or console session is presented (health checks, key guessing, sign-in, the OpenAPI document). */
  anonymous: RateLimitPolicy;
}

export const defaultRateLimitPolicies: RateLimitPolicies = {
  publishable: { name: 'publishable', requestsPerWindow: 600, windowSeconds: 60 },
  secret: { name: 'secret', requestsPerWindow: 1200, windowSeconds: 60 },
  retailer: { name: 'retailer', requestsPerWindow: 1200, windowSeconds: 60 },
  staff: { name: 'staff', requestsPerWindow: 600, windowSeconds: 60 },
  owner: { name: 'owner', requestsPerWindow: 300, windowSeconds: 60 },
  anonymous: { name: 'anonymous', requestsPerWindow: 120, windowSeconds: 60 },
};

/**
 * How long after its first unsynced count an instance adds its counts to the shared counters and
 * reads the others' back (db/shared-counters.ts). Another instance's counts reach this one's view
 * up to about two intervals late, so N instances may admit up to N × a budget per window.
 */
export const rateLimitSyncIntervalMs = 100;

/** How long a looked-up API key is trusted without reading it again: a revocation takes effect within this. */
export const apiKeyCacheTtlMs = 5_000;
/** API keys remembered per instance at most. */
export const apiKeyCacheMaxEntries = 10_000;

/** How long a lookup's audit row may wait in memory before it is written (lookup-audit.ts). */
export const lookupAuditFlushIntervalMs = 50;
/** Audit rows per INSERT; a full batch is written without waiting. */
export const lookupAuditRowsPerInsert = 250;
/** Audit rows kept in memory at most while the database refuses them. */
export const lookupAuditMaxBufferedRows = 50_000;

/** How long a stored idempotent response is replayed. */
export const idempotencyKeyTtlHours = 24;

/** How long browsers may cache a CORS preflight answer. */
export const corsPreflightMaxAgeSeconds = 600;

/** On SIGTERM, how long in-flight requests get to finish before the server closes anyway. */
export const shutdownDrainTimeoutMs = 10_000;

/** How often expired rate-limit windows and idempotency entries are deleted. */
export const maintenanceIntervalMs = 10 * 60 * 1000;

/**
 * Budgets of public provenance lookups, on top of the key's request budget: a lookup names a
 * serial, so these are what stops the registry from being scraped serial by serial.
 */
export interface ProvenanceLookupPolicies {
  /** Per API key, for `GET /v1/provenance/{serial}`: every visitor of a brand site shares it. */
  perKey: RateLimitPolicy;
  /** Per client address, for `GET /v1/provenance/{serial}`: one visitor, whichever site they come through. */
  perAddress: RateLimitPolicy;
  /** Per client address, for the GS1 Digital Link resolver, which takes no key (it is printed as a QR code). */
  digitalLinkPerAddress: RateLimitPolicy;
}

export const defaultProvenanceLookupPolicies: ProvenanceLookupPolicies = {
  perKey: { name: 'provenance-key', requestsPerWindow: 300, windowSeconds: 60 },
  perAddress: { name: 'provenance-address', requestsPerWindow: 30, windowSeconds: 60 },
  digitalLinkPerAddress: { name: 'digital-link-address', requestsPerWindow: 30, windowSeconds: 60 },
};

/**
 * A limit on attempts at a secret, decided exactly across instances (attempt-limits.ts). Its
 * window opens at the first attempt of a subject and lasts `windowSeconds`; every attempt counts,
 * right or wrong, because it is counted before the secret is checked (counting only failures
 * afterwards would let a parallel burst be checked before any failure is recorded).
 */
export interface AttemptLimit {
  /** Names the counters (`attempt:<name>:<subject>`); never reuse one for another meaning. */
  name: string;
  attemptsPerWindow: number;
  windowSeconds: number;
}

/**
 * Every exact limit, and why it is one. Subjects are per API key as well as per client network
 * (an IPv4 address or an IPv6 /64, as a salted hash: http/client-ip.ts), so a stranger's guesses
 * never use up the owner's attempts from another address, and one shared address (a proxy, the
 * Shopify app) does not mix two keys' callers. Nothing is counted per secret alone: that would let
 * anyone lock the real owner out (issue 11).
 *
 * Staff sign-in (e-mailed links) and owner sign-in (e-mailed codes and links) count here too.
 */
export const attemptLimits = {
  /** Card codes tried for one piece from one network: the code proves possession of the piece. */
  cardCodePerSerialAndNetwork: { name: 'card-code-serial', attemptsPerWindow: 5, windowSeconds: 15 * 60 },
  /** Card codes tried from one network across pieces: serials are sequential, so guessing sweeps them. */
  cardCodePerNetwork: { name: 'card-code-network', attemptsPerWindow: 30, windowSeconds: 60 * 60 },
  /**
   * Owner proofs (tracking code with the e-mail, or with an e-mailed link's token: lookup, estimate
   * decision, rating) for one tracking code from one network: a code found on a receipt must not
   * let anyone try e-mail after e-mail.
   */
  repairProofPerCodeAndNetwork: { name: 'repair-proof-code', attemptsPerWindow: 10, windowSeconds: 15 * 60 },
  /** Owner proofs from one network across tracking codes: someone's e-mail must not let anyone sweep codes. */
  repairProofPerNetwork: { name: 'repair-proof-network', attemptsPerWindow: 60, windowSeconds: 60 * 60 },
  /** Confirmation links followed from one network: the token is the whole secret of a pending warranty. */
  confirmationPerNetwork: { name: 'confirmation-network', attemptsPerWindow: 30, windowSeconds: 15 * 60 },
  /**
   * Sign-in links asked for one address (its salted hash), whoever asks and whether or not the
   * address is anyone's, so the 429 says nothing about it: each request e-mails that address.
   */
  signInLinkPerAddress: { name: 'sign-in-link-address', attemptsPerWindow: 5, windowSeconds: 60 * 60 },
  /** Sign-in links asked for from one network across addresses: one caller sweeping addresses. */
  signInLinkPerNetwork: { name: 'sign-in-link-network', attemptsPerWindow: 20, windowSeconds: 60 * 60 },
  /** Sign-in link tokens tried from one network: the token is the whole secret of a sign-in. */
  signInConsumePerNetwork: { name: 'sign-in-consume-network', attemptsPerWindow: 20, windowSeconds: 15 * 60 },
  /**
   * Passkey sign-ins from one network. A passkey cannot be guessed (its assertion is a signature),
   * so this only brakes a network replaying or forging assertions; never per credential, which
   * anyone could name to lock its holder out.
   */
  passkeySignInPerNetwork: { name: 'passkey-sign-in-network', attemptsPerWindow: 30, windowSeconds: 15 * 60 },
  /**
   * Owner sign-in codes asked for one address of a brand (its salted hash), whoever asks and whether
   * or not it is an owner's, so the 429 says nothing about it: each request e-mails that address.
   */
  ownerSignInPerAddress: { name: 'owner-sign-in-address', attemptsPerWindow: 5, windowSeconds: 60 * 60 },
  /** Owner sign-in codes asked for from one network across addresses: one caller sweeping addresses. */
  ownerSignInPerNetwork: { name: 'owner-sign-in-network', attemptsPerWindow: 20, windowSeconds: 60 * 60 },
  /**
   * Codes typed for one address, from any network: a code is 8 digits, so this (not the network's
   * budget, which a botnet multiplies) is what bounds guessing. It can lock the owner out of typing
   * codes for the window, never out of signing in: the e-mailed link is not counted here.
   */
  ownerCodePerAddress: { name: 'owner-code-address', attemptsPerWindow: 10, windowSeconds: 60 * 60 },
  /** Codes and link tokens tried from one network across addresses. */
  ownerVerifyPerNetwork: { name: 'owner-verify-network', attemptsPerWindow: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, AttemptLimit>;

/**
 * How long a passkey challenge (the options of one sign-in or one registration) may be answered;
 * the browser's prompt is given the same time (`timeout`). Long enough to find a phone and scan a
 * QR code, short enough that a challenge is worthless once the prompt is gone.
 */
export const webAuthnChallengeLifetimeMinutes = 5;

/**
 * Repair bookings, counted exactly (one atomic upsert per counter, in the booking's own
 * transaction, so a booking refused or rolled back counts nothing): each booking makes the brand
 * e-mail the contact address, and nothing proves the person booking owns the piece, so without
 * these anyone could make the brand mail any address about any serial (issue 11). Windows open at
 * the subject's first booking and last a day.
 */
export const repairBookingLimits = {
  /**
   * Bookings of one piece by anyone but its registered owner (the contact's e-mail is not the
   * owner's, or the piece has none): a serial is printed on the piece and its papers.
   */
  perPiece: { name: 'booking-piece', attemptsPerWindow: 3, windowSeconds: 24 * 60 * 60 },
  /** Bookings naming one contact e-mail: the brand writes to that address once per booking. */
  perContact: { name: 'booking-contact', attemptsPerWindow: 5, windowSeconds: 24 * 60 * 60 },
  /** Bookings from one client network, per key: one caller sweeping serials or addresses. */
  perNetwork: { name: 'booking-network', attemptsPerWindow: 20, windowSeconds: 24 * 60 * 60 },
} as const satisfies Record<string, AttemptLimit>;

/**
 * Console sessions (features/sessions): a session ends after this long unused, and in any case
 * this long after sign-in, whatever its use.
 */
export const consoleSessionIdleTimeoutMinutes = 30;
export const consoleSessionAbsoluteLifetimeHours = 12;
/**
 * A session's use is written at most this often (each write pushes its idle end forward): a
 * session idle for `consoleSessionIdleTimeoutMinutes` minus this may already have ended.
 */
export const consoleSessionTouchIntervalSeconds = 60;
/**
 * The owner space (features/owner-space): an e-mailed code and link are good for this long, once
 * (either one uses up the other); time enough to switch to the mailbox and back.
 */
export const ownerSignInCodeLifetimeMinutes = 10;
/**
 * An owner session ends this long after its last use, and in any case this long after sign-in. The
 * space is visited for a task (a piece's story, a booking, a theft report) on a brand site that may
 * be open on a shared computer; signing in again costs one e-mail. An owner's session reads
 * personal data and can report a piece stolen, so it is kept short like the console's, with a
 * longer idle time: an owner reads, then goes to find the warranty card.
 */
export const ownerSessionIdleTimeoutMinutes = 60;
export const ownerSessionAbsoluteLifetimeHours = 12;
/** How long an e-mailed sign-in link (or an invitation's) may be used, once. */
export const signInLinkLifetimeMinutes = 15;
/**
 * How long an invitation's link may be used, once: an invitee may read their mail the next day.
 * After that, they ask the console for a sign-in link to the same address.
 */
export const invitationLinkLifetimeHours = 24;
