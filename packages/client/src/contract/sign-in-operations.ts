/**
 * Signing in to the console without a password: an e-mailed single-use link (the way in for a
 * first sign-in or a lost device; passkeys are the everyday way), the signed-in person, their
 * sessions and signing out. A session is the `__Host-atelier_session` cookie, set by the API on
 * its own origin, where the console is served (`/console/`).
 */
import { operation, type Access } from './operation.ts';
import {
  ConsoleSessionList,
  Me,
  SessionParams,
  SessionRevoked,
  SignedOut,
  SignInLinkAccepted,
  SignInLinkConsumption,
  SignInLinkRequest,
} from './people.ts';

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
  summary:
    'E-mails a single-use sign-in link to the console (valid 15 minutes) if the address belongs to someone who may sign in. The answer is the same 202 whether it does or not. Limited per address and per network.',
  tags: ['sign-in'],
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
  summary:
    "Signs in with an e-mailed link's token (once; it was sent in the link's fragment, so only this POST reads it): sets the session cookie, ending the session the browser had, and answers who is signed in. Only from the console's own origin.",
  tags: ['sign-in'],
  request: SignInLinkConsumption,
  response: Me,
  errors: ['invalid_sign_in_link', 'sign_in_link_expired', 'too_many_attempts', 'origin_not_allowed'],
});

export const getMe = operation({
  id: 'getMe',
  method: 'GET',
  path: '/v1/me',
  access: anyStaff,
  summary: 'The signed-in person, their brand and retailer, and the session this request came with.',
  tags: ['sign-in'],
  response: Me,
});

export const signOut = operation({
  id: 'signOut',
  method: 'POST',
  path: '/v1/sign-out',
  access: anyStaff,
  summary: 'Ends the session this request came with and clears its cookie.',
  tags: ['sign-in'],
  response: SignedOut,
});

export const listMySessions = operation({
  id: 'listMySessions',
  method: 'GET',
  path: '/v1/me/sessions',
  access: anyStaff,
  summary: "The signed-in person's open sessions (one per browser they signed in with), the current one marked.",
  tags: ['sign-in'],
  response: ConsoleSessionList,
});

export const revokeMySession = operation({
  id: 'revokeMySession',
  method: 'DELETE',
  path: '/v1/me/sessions/{sessionId}',
  access: anyStaff,
  summary: 'Ends one of the signed-in person\'s sessions (another browser, a lost device): it stops working at once.',
  tags: ['sign-in'],
  params: SessionParams,
  response: SessionRevoked,
  errors: ['unknown_session'],
});
