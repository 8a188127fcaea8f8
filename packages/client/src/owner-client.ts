/**
 * The owner space's client: what an owner's page on the brand's site calls, one method per owner
 * operation, each a one-line use of the owner transport (`owner-transport.ts`), which sends the
 * session cookie and refuses any operation that is not the owner space's.
 */
import type { RequestOf } from './contract/operation.ts';
import type { ReceivedResponseOf } from './contract/received.ts';
import {
  getMyPiece,
  getOwnerSession,
  listMyPieces,
  reportMyPieceFound,
  reportMyPieceLost,
  reportMyPieceStolen,
  requestOwnerSignIn,
  signOutOwner,
  verifyOwnerSignIn,
} from './contract/owner-space.ts';
import { getMyPreferences, updateMyPreferences } from './contract/owner-preferences.ts';
import { listMyProfileShares, revokeMyProfileShare, shareMyProfile } from './contract/profile-shares.ts';
import { eraseMyAccount, exportMyData } from './contract/my-data.ts';
import { answerMyInvitation, listMyBrandNews, listMyInvitations } from './contract/from-the-brand.ts';
import type { InvitationAnswer } from './contract/from-the-brand.ts';
import { getMyPieceDossier } from './contract/resale-dossier.ts';
import { createMyCalendarFeed, getMyCalendarFeed, stopMyCalendarFeed } from './contract/owner-calendar-feed.ts';
import { cancelMyPieceTransfer, getMyPieceTransfer, transferMyPiece } from './contract/owner-transfers.ts';
import {
  deleteMyOwnerPasskey,
  listMyOwnerPasskeys,
  myOwnerPasskeyRegistrationOptions,
  ownerPasskeySignInOptions,
  registerMyOwnerPasskey,
  signInOwnerWithPasskey,
} from './contract/owner-passkeys.ts';
import { apiPromise } from './api-promise.ts';
import type { ApiPromise } from './api-promise.ts';
import type { ClientCallFunction } from './client.ts';
import { createOwnerTransport } from './owner-transport.ts';
import type { OwnerTransportOptions } from './owner-transport.ts';
import type { CallOptions } from './transport.ts';

export type OwnerClientOptions = OwnerTransportOptions;

export interface OwnerClient {
  signIn: {
    /** Publishable key. E-mails the owner a code and a link (10 minutes); the same answer for any address. */
    request(input: RequestOf<typeof requestOwnerSignIn>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof requestOwnerSignIn>>;
    /** Publishable key. Signs in with the link's token or the address and code: the browser keeps the session cookie. */
    verify(input: RequestOf<typeof verifyOwnerSignIn>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof verifyOwnerSignIn>>;
  };
  session: {
    /** The signed-in owner, their brand and when the session ends; 401 when there is none. */
    get(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getOwnerSession>>;
    /** Ends this session, or every session of the owner with `{ everywhere: true }`. */
    signOut(input?: RequestOf<typeof signOutOwner>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof signOutOwner>>;
  };
  pieces: {
    /** Every piece the owner holds: warranty end, next care due, retailer of record. */
    list(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listMyPieces>>;
    /** One piece with its timeline: provenance events, repairs, warranty extensions. */
    get(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getMyPiece>>;
    /** Reports the piece stolen (where: a country and a city, optional). */
    reportStolen(serial: string, input?: RequestOf<typeof reportMyPieceStolen>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof reportMyPieceStolen>>;
    /** Reports the piece lost (its status only: no public provenance event). */
    reportLost(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof reportMyPieceLost>>;
    /** Reports a stolen or lost piece found. */
    reportFound(serial: string, input?: RequestOf<typeof reportMyPieceFound>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof reportMyPieceFound>>;
  };
  preferences: {
    /** Per channel marketing / service only / none, the language, the quiet period, and every change's history. */
    get(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getMyPreferences>>;
    /** Changes what the input names, kept with `wording`, the words the owner read. */
    update(input: RequestOf<typeof updateMyPreferences>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof updateMyPreferences>>;
  };
  profileShares: {
    /** The owner's shares (revoked ones included) and the retailers they may share with. */
    list(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listMyProfileShares>>;
    /** Shares the owner's profile with one retailer of the brand. */
    share(input: RequestOf<typeof shareMyProfile>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof shareMyProfile>>;
    /** Revokes one share. */
    revoke(shareId: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof revokeMyProfileShare>>;
  };
  myData: {
    /** Everything held about the owner, by table. */
    export(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof exportMyData>>;
    /** Erases the owner's account (`{ confirm: true }`); the pieces stay, their provenance verifies. */
    erase(input: RequestOf<typeof eraseMyAccount>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof eraseMyAccount>>;
  };
  fromTheBrand: {
    /** The owner's invitations in their language: events to come first, with their answer. */
    invitations(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listMyInvitations>>;
    /** Answers an invitation yes or no (or changes the answer) until the event starts. */
    answerInvitation(invitationId: string, answer: InvitationAnswer, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof answerMyInvitation>>;
    /** The brand's news for the owner, newest first. */
    news(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listMyBrandNews>>;
  };
  /** A piece's papers. */
  documents: {
    /**
     * The piece's signed resale dossier (JSON; `verifyProvenanceRecord` checks it). Its PDF
     * (`GET …/dossier.pdf`) is bytes, fetched with `credentials: 'include'` rather than through the client.
     */
    dossier(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getMyPieceDossier>>;
  };
  /** The owner's private calendar feed (warranty ends, care due dates): its address is its only secret. */
  calendarFeed: {
    /** Whether a feed is live, and since when (its address is shown only when made). */
    get(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getMyCalendarFeed>>;
    /** A new feed, its address shown this once; an earlier one stops working. */
    create(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof createMyCalendarFeed>>;
    /** Stops the feed: its address answers 404. */
    stop(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof stopMyCalendarFeed>>;
  };
  /** Selling or giving a piece: the new owner confirms by e-mail; until then it can be cancelled. */
  transfers: {
    start(serial: string, input: RequestOf<typeof transferMyPiece>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof transferMyPiece>>;
    /** The piece's pending transfer, or `{ transfer: null }`. */
    get(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getMyPieceTransfer>>;
    cancel(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof cancelMyPieceTransfer>>;
  };
  /** Passkeys on the brand's site (WebAuthn JSON, as `@simplewebauthn/browser` takes and gives it). */
  passkeys: {
    /** Publishable key. Request options for a passkey sign-in on this page's site (nothing typed). */
    signInOptions(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof ownerPasskeySignInOptions>>;
    /** Publishable key. Signs in with what `startAuthentication()` resolved to: the browser keeps the session cookie. */
    signIn(input: RequestOf<typeof signInOwnerWithPasskey>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof signInOwnerWithPasskey>>;
    /** The owner's passkeys, and whether this page may add one. */
    list(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listMyOwnerPasskeys>>;
    /** Creation options for a new passkey on this page's site. */
    registrationOptions(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof myOwnerPasskeyRegistrationOptions>>;
    /** Adds what `startRegistration()` resolved to. */
    register(input: RequestOf<typeof registerMyOwnerPasskey>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof registerMyOwnerPasskey>>;
    remove(passkeyId: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof deleteMyOwnerPasskey>>;
  };
  /** Calls any owner-space operation of the contract; any other is refused (`not_an_owner_operation`). */
  call: ClientCallFunction;
}

export function createOwnerClient(options: OwnerClientOptions): OwnerClient {
  const { send } = createOwnerTransport(options);
  const call: ClientCallFunction = (operation, input, callOptions) => apiPromise(send(operation, input, callOptions));
  return {
    signIn: {
      request: (input, callOptions) => call(requestOwnerSignIn, { body: input }, callOptions),
      verify: (input, callOptions) => call(verifyOwnerSignIn, { body: input }, callOptions),
    },
    session: {
      get: (callOptions) => call(getOwnerSession, {}, callOptions),
      signOut: (input = {}, callOptions) => call(signOutOwner, { body: input }, callOptions),
    },
    pieces: {
      list: (callOptions) => call(listMyPieces, {}, callOptions),
      get: (serial, callOptions) => call(getMyPiece, { params: { serial } }, callOptions),
      reportStolen: (serial, input = {}, callOptions) => call(reportMyPieceStolen, { params: { serial }, body: input }, callOptions),
      reportLost: (serial, callOptions) => call(reportMyPieceLost, { params: { serial }, body: {} }, callOptions),
      reportFound: (serial, input = {}, callOptions) => call(reportMyPieceFound, { params: { serial }, body: input }, callOptions),
    },
    preferences: {
      get: (callOptions) => call(getMyPreferences, {}, callOptions),
      update: (input, callOptions) => call(updateMyPreferences, { body: input }, callOptions),
    },
    profileShares: {
      list: (callOptions) => call(listMyProfileShares, {}, callOptions),
      share: (input, callOptions) => call(shareMyProfile, { body: input }, callOptions),
      revoke: (shareId, callOptions) => call(revokeMyProfileShare, { params: { shareId } }, callOptions),
    },
    myData: {
      export: (callOptions) => call(exportMyData, {}, callOptions),
      erase: (input, callOptions) => call(eraseMyAccount, { body: input }, callOptions),
    },
    fromTheBrand: {
      invitations: (callOptions) => call(listMyInvitations, {}, callOptions),
      answerInvitation: (invitationId, answer, callOptions) => call(answerMyInvitation, { params: { invitationId }, body: { answer } }, callOptions),
      news: (callOptions) => call(listMyBrandNews, {}, callOptions),
    },
    documents: {
      dossier: (serial, callOptions) => call(getMyPieceDossier, { params: { serial } }, callOptions),
    },
    calendarFeed: {
      get: (callOptions) => call(getMyCalendarFeed, {}, callOptions),
      create: (callOptions) => call(createMyCalendarFeed, { body: {} }, callOptions),
      stop: (callOptions) => call(stopMyCalendarFeed, {}, callOptions),
    },
    transfers: {
      start: (serial, input, callOptions) => call(transferMyPiece, { params: { serial }, body: input }, callOptions),
      get: (serial, callOptions) => call(getMyPieceTransfer, { params: { serial } }, callOptions),
      cancel: (serial, callOptions) => call(cancelMyPieceTransfer, { params: { serial } }, callOptions),
    },
    passkeys: {
      signInOptions: (callOptions) => call(ownerPasskeySignInOptions, {}, callOptions),
      signIn: (input, callOptions) => call(signInOwnerWithPasskey, { body: input }, callOptions),
      list: (callOptions) => call(listMyOwnerPasskeys, {}, callOptions),
      registrationOptions: (callOptions) => call(myOwnerPasskeyRegistrationOptions, {}, callOptions),
      register: (input, callOptions) => call(registerMyOwnerPasskey, { body: input }, callOptions),
      remove: (passkeyId, callOptions) => call(deleteMyOwnerPasskey, { params: { passkeyId } }, callOptions),
    },
    call,
  };
}
