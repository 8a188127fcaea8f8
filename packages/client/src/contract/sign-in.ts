/**
 * Signing in to the console without a password: an e-mailed single-use link (the way in for a
 * first sign-in or a lost device; passkeys are the everyday way), the signed-in person, their
 * sessions and signing out. A session is the `__Host-atelier_session` cookie, set by the API on
 * its own origin, where the console is served (`/console/`).
 */
import * as z from 'zod/mini';
import { type Access, operation, type OperationDocs } from './operation.ts';
import { ConsoleSession, ConsoleSessionList, Person, SessionRevoked } from './people.ts';
import { Email, Id, Locale } from './primitives.ts';
import { singleLine } from './text-characters.ts';

/** The signed-in person, with the brand (and retailer) they belong to and the session they use. */
export const Me = z.object({
  person: Person,
  brand: z.object({ id: Id, name: z.string() }),
  retailer: z.nullable(z.object({ id: Id, name: z.string() })),
  session: ConsoleSession,
});
export type Me = z.infer<typeof Me>;

export const SignInLinkRequest = z.strictObject({
  email: Email,
  /** The language of the e-mail: the console's, as the person reads it. Default English. */
  language: z.optional(Locale),
});
export type SignInLinkRequest = z.infer<typeof SignInLinkRequest>;

/** The same answer whether or not the address belongs to anyone: the link, if any, is in the mailbox. */
export const SignInLinkAccepted = z.object({
  /** How long an e-mailed link stays valid. */
  linkLifetimeMinutes: z.number(),
});
export type SignInLinkAccepted = z.infer<typeof SignInLinkAccepted>;

/** Longest token accepted; real ones are 43 characters (32 bytes, base64url). */
export const signInTokenMaxLength = 128;

/** The token of an e-mailed link (`/console/#sign-in=<token>`), consumed once. */
export const SignInLinkConsumption = z.strictObject({
  token: z.string().check(z.minLength(1), z.maxLength(signInTokenMaxLength), singleLine),
});
export type SignInLinkConsumption = z.infer<typeof SignInLinkConsumption>;

export const SignedOut = z.object({ signedOut: z.literal(true) });
export type SignedOut = z.infer<typeof SignedOut>;

export const SessionParams = z.strictObject({ sessionId: Id });

/** Every signed-in person, whatever their role: what concerns only themselves. */
export const anyStaff = {
  brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'],
  retailerStaff: ['manager', 'associate'],
} as const satisfies Access;

/** No credential: these operations are how a person gets one. */
export const signInAccess = { anyone: true } as const satisfies Access;

export const requestSignInLink = operation({
  id: 'requestSignInLink',
  method: 'POST',
  path: '/v1/sign-in/links',
  access: signInAccess,
  request: SignInLinkRequest,
  response: SignInLinkAccepted,
  successStatus: 202,
  errors: ['too_many_attempts'],
});

export const consumeSignInLink = operation({
  id: 'consumeSignInLink',
  method: 'POST',
  path: '/v1/sign-in/links/consume',
  access: signInAccess,
  request: SignInLinkConsumption,
  response: Me,
  errors: ['invalid_sign_in_link', 'sign_in_link_expired', 'too_many_attempts', 'origin_not_allowed'],
});

export const getMe = operation({
  id: 'getMe',
  method: 'GET',
  path: '/v1/me',
  access: anyStaff,
  response: Me,
});

export const signOut = operation({
  id: 'signOut',
  method: 'POST',
  path: '/v1/sign-out',
  access: anyStaff,
  response: SignedOut,
});

export const listMySessions = operation({
  id: 'listMySessions',
  method: 'GET',
  path: '/v1/me/sessions',
  access: anyStaff,
  response: ConsoleSessionList,
});

export const revokeMySession = operation({
  id: 'revokeMySession',
  method: 'DELETE',
  path: '/v1/me/sessions/{sessionId}',
  access: anyStaff,
  params: SessionParams,
  response: SessionRevoked,
  errors: ['unknown_session'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const signInDocs = {
  tag: 'sign-in',
  summaries: {
    requestSignInLink:
      'E-mails a single-use sign-in link to the console (valid 15 minutes) if the address belongs to someone who may sign in. The answer is the same 202 whether it does or not. Limited per address and per network.',
    consumeSignInLink:
      "Signs in with an e-mailed link's token (once; it was sent in the link's fragment, so only this POST reads it): sets the session cookie, ending the session the browser had, and answers who is signed in. Only from the console's own origin.",
    getMe: 'The signed-in person, their brand and retailer, and the session this request came with.',
    signOut: 'Ends the session this request came with and clears its cookie.',
    listMySessions: "The signed-in person's open sessions (one per browser they signed in with), the current one marked.",
    revokeMySession: 'Ends one of the signed-in person\'s sessions (another browser, a lost device): it stops working at once.',
  },
} as const satisfies OperationDocs;
