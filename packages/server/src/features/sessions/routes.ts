/**
 * Signing in with an e-mailed link, the signed-in person, their sessions, signing out.
 */
import {
  consumeSignInLink as consumeSignInLinkOperation,
  getMe as getMeOperation,
  listMySessions as listMySessionsOperation,
  requestSignInLink as requestSignInLinkOperation,
  revokeMySession as revokeMySessionOperation,
  signOut as signOutOperation,
} from '@atelier/client/contract';
import { admitAttempt } from '../../attempt-limits.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { anonymousRoute, route, type Caller, type OperationRoute } from '../../http/operation-route.ts';
import { attemptLimits, signInLinkLifetimeMinutes } from '../../limits.ts';
import { renderConsoleSignIn } from '../../mail/templates/console-sign-in.ts';
import { normalizeEmail } from '../../email-address.ts';
import { clearedSessionCookie } from './cookie.ts';
import { consoleSignInLink, issueSignInLink, useSignInLink } from './sign-in-links.ts';
import { endConsoleSession, loadMe, openSessionsOf, requireConsoleOrigin, revokeSessionOf, startConsoleSession } from './sessions.ts';

export interface SessionRouteDeps {
  /** Salted hash (the lookup audit's): per-address sign-in limits count addresses by it, never in clear. */
  hashAddress: (address: string) => Promise<string>;
}

/** The signed-in person and session behind a console caller; the operations here admit no other. */
function signedIn(caller: Caller): { personId: string; sessionId: string } {
  if (caller.kind !== 'brandStaff' && caller.kind !== 'retailerStaff') {
    throw new AtelierError('forbidden', 'Only a person signed in to the console has a session.');
  }
  return { personId: caller.actor.id, sessionId: caller.sessionId };
}

export function sessionRoutes(deps: ServerDeps, extra: SessionRouteDeps): OperationRoute[] {
  const { db, clock } = deps;
  return [
    anonymousRoute(requestSignInLinkOperation, async ({ body, caller }) => {
      const now = clock.now();
      const email = normalizeEmail(body.email);
      // Counted whether or not the address is anyone's, before it is looked up: a 429 says nothing about it.
      await admitAttempt(
        db,
        now,
        [
          { limit: attemptLimits.signInLinkPerAddress, subject: await extra.hashAddress(`email:${email}`) },
          { limit: attemptLimits.signInLinkPerNetwork, subject: caller.clientNetwork },
        ],
        'Too many sign-in links were asked for. Please try again later.',
      );
      const people = await db
        .selectFrom('people')
        .innerJoin('brands', 'brands.id', 'people.brand_id')
        .select(['people.id', 'people.email', 'brands.name as brand_name'])
        .where('people.email_normalized', '=', email)
        .where('people.status', '!=', 'deactivated')
        .orderBy('people.created_at')
        .execute();
      // One link per brand the address signs in to (a consultant may serve two brands of one server).
      for (const person of people) {
        const token = await issueSignInLink(db, { personId: person.id, purpose: 'sign_in', now, lifetimeMs: signInLinkLifetimeMinutes * 60_000 });
        await deps.mailer.send(
          renderConsoleSignIn({
            kind: 'sign_in',
            to: person.email,
            language: body.language ?? 'en',
            brandName: person.brand_name,
            link: consoleSignInLink(deps.publicOrigin, token),
            validForMinutes: signInLinkLifetimeMinutes,
          }),
        );
      }
      return { linkLifetimeMinutes: signInLinkLifetimeMinutes };
    }),
    anonymousRoute(consumeSignInLinkOperation, async ({ body, caller, http }) => {
      // The cookie it sets is the console's: only the console's page may ask for it.
      requireConsoleOrigin(http.request, deps.publicOrigin);
      const now = clock.now();
      await admitAttempt(
        db,
        now,
        [{ limit: attemptLimits.signInConsumePerNetwork, subject: caller.clientNetwork }],
        'Too many sign-in links were tried from this network. Please try again later.',
      );
      const { personId } = await useSignInLink(db, body.token, now);
      return startConsoleSession({ db, clock }, { personId, http, ip: caller.ip });
    }),
    route(getMeOperation, ({ caller }) => {
      const { personId, sessionId } = signedIn(caller);
      return loadMe(db, personId, sessionId);
    }),
    route(signOutOperation, async ({ caller, http }) => {
      const { sessionId } = signedIn(caller);
      await endConsoleSession(db, sessionId, clock.now());
      http.responseHeaders.append('Set-Cookie', clearedSessionCookie());
      return { signedOut: true as const };
    }),
    route(listMySessionsOperation, async ({ caller }) => {
      const { personId, sessionId } = signedIn(caller);
      return { sessions: await openSessionsOf(db, personId, clock.now(), sessionId) };
    }),
    route(revokeMySessionOperation, ({ caller, params }) => {
      const { personId } = signedIn(caller);
      return revokeSessionOf(db, personId, params.sessionId, clock.now());
    }),
  ];
}
