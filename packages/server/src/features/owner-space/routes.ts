/**
 * The owner space: signing in with an e-mailed code or link, the session, the owner's pieces, and
 * reporting one stolen, lost or found.
 */
import {
  getMyPiece as getMyPieceOperation,
  getOwnerSession as getOwnerSessionOperation,
  listMyPieces as listMyPiecesOperation,
  ownerSignInFragmentKey,
  reportMyPieceFound as reportMyPieceFoundOperation,
  reportMyPieceLost as reportMyPieceLostOperation,
  reportMyPieceStolen as reportMyPieceStolenOperation,
  requestOwnerSignIn as requestOwnerSignInOperation,
  signOutOwner as signOutOwnerOperation,
  verifyOwnerSignIn as verifyOwnerSignInOperation,
} from '@atelier/client/contract';
import { admitAttempt } from '../../attempt-limits.ts';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { actorScopeOf, type Caller } from '../../http/principal.ts';
import { route, type OperationRoute } from '../../http/operation-route.ts';
import { attemptLimits, ownerSignInCodeLifetimeMinutes } from '../../limits.ts';
import { renderOwnerSignIn } from '../../mail/templates/owner-sign-in.ts';
import { normalizeEmail } from '../../email-address.ts';
import { markRecovered, reportLost, reportStolen } from '../provenance/item-records.ts';
import { getMyPiece, listMyPieces, requireHeldPiece, type OwnerScope } from './my-pieces.ts';
import { clearedOwnerSessionCookie, endOwnerSession, endOwnerSessionsOf, loadOwnerSession, startOwnerSession } from './owner-sessions.ts';
import { issueOwnerSignIn, useOwnerSignInCode, useOwnerSignInLink } from './sign-in-codes.ts';

export interface OwnerSpaceRouteDeps {
  /** Salted, secret hash (the lookup audit's): counts addresses without keeping them, and hashes the codes. */
  hashAddress: (address: string) => Promise<string>;
}

/** The signed-in owner behind a call; the owner operations admit no one else (their `access` says so). */
function ownerOf(caller: Caller): OwnerScope & { sessionId: string } {
  if (caller.kind !== 'owner') throw new AtelierError('forbidden', 'Only an owner signed in to their space may do this.');
  return { ownerId: caller.ownerId, brandId: caller.brandId, sessionId: caller.sessionId };
}

/** How an address of a brand is counted and compared: the salted hash of the brand and the normalized address. */
function addressSubject(deps: OwnerSpaceRouteDeps, brandId: string, emailNormalized: string): Promise<string> {
  return deps.hashAddress(`owner-email:${brandId}:${emailNormalized}`);
}

function returnUrlError(message: string): AtelierError {
  return new AtelierError('validation_failed', `Invalid request body: returnUrl.`, { fieldErrors: [{ path: 'returnUrl', code: 'invalid', message }] });
}

/**
 * The page the e-mailed link opens: `returnUrl`, else the calling page's origin; on an origin the
 * calling key allows, so a link in the brand's e-mail never leads anywhere else.
 */
async function signInPage(deps: ServerDeps, keyId: string, request: Request, returnUrl: string | undefined): Promise<string> {
  const key = await deps.db.selectFrom('api_keys').select('allowed_origins').where('id', '=', keyId).executeTakeFirstOrThrow();
  const allowedOrigins = JSON.parse(key.allowed_origins) as string[];
  const page = returnUrl ?? (request.headers.get('Origin') === null ? undefined : `${request.headers.get('Origin')}/`);
  if (page === undefined) throw returnUrlError("Give the owner space's page: a call from a server has no Origin to send the owner back to.");
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    throw returnUrlError('Give the full address of a page of your site.');
  }
  if (!allowedOrigins.includes(url.origin)) throw returnUrlError(`The owner space's page must be on one of this key's allowed origins, not ${url.origin}.`);
  url.hash = '';
  return url.href;
}

export function ownerSpaceRoutes(deps: ServerDeps, extra: OwnerSpaceRouteDeps): OperationRoute[] {
  const { db, clock } = deps;
  const piecesDeps = { db, clock, publicUrl: deps.publicUrl };
  return [
    route(requestOwnerSignInOperation, async ({ body, caller, http }) => {
      const now = clock.now();
      const emailNormalized = normalizeEmail(body.email);
      const page = await signInPage(deps, caller.actor.id, http.request, body.returnUrl);
      // Counted whether or not the address is an owner's, before it is looked up: a 429 says nothing about it.
      await admitAttempt(
        db,
        now,
        [
          { limit: attemptLimits.ownerSignInPerAddress, subject: await addressSubject(extra, caller.brandId, emailNormalized) },
          { limit: attemptLimits.ownerSignInPerNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` },
        ],
        'Too many codes were asked for. Please try again later.',
      );
      const [owner, brand] = await Promise.all([
        db.selectFrom('owners').select(['id', 'email', 'language']).where('brand_id', '=', caller.brandId).where('email_normalized', '=', emailNormalized).executeTakeFirst(),
        db.selectFrom('brands').select('name').where('id', '=', caller.brandId).executeTakeFirstOrThrow(),
      ]);
      // The same work for every address (a row, a rendered e-mail); only an owner's is sent, and the
      // answer never waits for the send, so neither its content nor its time tells them apart.
      const issued = await issueOwnerSignIn(db, extra.hashAddress, {
        brandId: caller.brandId,
        ownerId: owner?.id ?? null,
        now,
        lifetimeMs: ownerSignInCodeLifetimeMinutes * 60_000,
      });
      const mail = renderOwnerSignIn({
        to: owner?.email ?? body.email,
        language: owner?.language ?? 'en',
        brandName: brand.name,
        code: issued.code,
        link: `${page}#${ownerSignInFragmentKey}=${issued.token}`,
        validForMinutes: ownerSignInCodeLifetimeMinutes,
      });
      if (owner) await deps.mailer.send(mail, { answerAfterSend: false });
      return { codeLifetimeMinutes: ownerSignInCodeLifetimeMinutes };
    }),
    route(verifyOwnerSignInOperation, async ({ body, caller, http }) => {
      const now = clock.now();
      const network = { limit: attemptLimits.ownerVerifyPerNetwork, subject: `${actorScopeOf(caller.actor)}:${caller.clientNetwork}` };
      let ownerId: string;
      if (body.token !== undefined) {
        await admitAttempt(db, now, [network], 'Too many sign-in links were tried from this network. Please try again later.');
        ({ ownerId } = await useOwnerSignInLink(db, caller.brandId, body.token, now));
      } else {
        const emailNormalized = normalizeEmail(body.email);
        await admitAttempt(
          db,
          now,
          [{ limit: attemptLimits.ownerCodePerAddress, subject: await addressSubject(extra, caller.brandId, emailNormalized) }, network],
          'Too many codes were tried. Please use the link in the e-mail, or try again later.',
        );
        ({ ownerId } = await useOwnerSignInCode(db, extra.hashAddress, { brandId: caller.brandId, emailNormalized, code: body.code, now }));
      }
      return startOwnerSession({ db, clock }, { ownerId, brandId: caller.brandId, http });
    }),
    route(getOwnerSessionOperation, ({ caller }) => loadOwnerSession(db, ownerOf(caller).sessionId)),
    route(signOutOwnerOperation, async ({ body, caller, http }) => {
      const owner = ownerOf(caller);
      const now = clock.now();
      const sessionsEnded = body.everywhere ? await endOwnerSessionsOf(db, owner.ownerId, now) : await endOwnerSession(db, owner.sessionId, now);
      http.responseHeaders.append('Set-Cookie', clearedOwnerSessionCookie());
      return { signedOut: true as const, sessionsEnded };
    }),
    route(listMyPiecesOperation, async ({ caller }) => ({ pieces: await listMyPieces(piecesDeps, ownerOf(caller)) })),
    route(getMyPieceOperation, ({ caller, params }) => getMyPiece(piecesDeps, ownerOf(caller), params.serial)),
    // The brand's own theft (or loss) report and recovery (features/provenance), once the piece is the owner's.
    route(reportMyPieceStolenOperation, async ({ caller, params, body }) => {
      const owner = ownerOf(caller);
      await requireHeldPiece(piecesDeps, owner, params.serial);
      await reportStolen(deps, owner.brandId, params.serial, body);
      return getMyPiece(piecesDeps, owner, params.serial);
    }),
    route(reportMyPieceLostOperation, async ({ caller, params }) => {
      const owner = ownerOf(caller);
      await requireHeldPiece(piecesDeps, owner, params.serial);
      await reportLost(deps, owner.brandId, params.serial);
      return getMyPiece(piecesDeps, owner, params.serial);
    }),
    route(reportMyPieceFoundOperation, async ({ caller, params, body }) => {
      const owner = ownerOf(caller);
      await requireHeldPiece(piecesDeps, owner, params.serial);
      await markRecovered(deps, owner.brandId, params.serial, body);
      return getMyPiece(piecesDeps, owner, params.serial);
    }),
  ];
}
