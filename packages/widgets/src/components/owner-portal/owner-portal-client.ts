/**
 * The part of the API client <atelier-owner-portal> calls: the owner space, through the owner
 * transport (credentials included; the owner operations with the session cookie alone, the sign-in
 * with the publishable key). Built from these operations only, so their schemas ride in this
 * widget's chunk, never in the runtime the activation widget downloads.
 */
import { createOwnerTransport } from '@atelier/client';
import type { ClientLike, OwnerClient } from '@atelier/client';
import {
  eraseMyAccount,
  exportMyData,
  answerMyInvitation,
  listMyBrandNews,
  listMyInvitations,
  getMyPiece,
  getMyPreferences,
  listMyProfileShares,
  getOwnerSession,
  listMyPieces,
  reportMyPieceFound,
  reportMyPieceStolen,
  requestOwnerSignIn,
  revokeMyProfileShare,
  shareMyProfile,
  signOutOwner,
  updateMyPreferences,
  verifyOwnerSignIn,
} from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

/**
 * `preferences`, `profileShares`, `myData` and `fromTheBrand` are optional, so a `client` made for the
 * portal before they existed (with `signIn`, `session` and `pieces`) still drives it; the account views
 * then say they cannot load, and no "From the brand" is offered.
 */
export type OwnerPortalClient = ClientLike<Pick<OwnerClient, 'signIn' | 'session' | 'pieces'>> & Partial<ClientLike<Pick<OwnerClient, 'preferences' | 'profileShares' | 'myData' | 'fromTheBrand'>>>;

export const ownerPortalClient: WidgetClient<OwnerPortalClient> = {
  methods: [
    'signIn.request',
    'signIn.verify',
    'session.get',
    'session.signOut',
    'pieces.list',
    'pieces.get',
    'pieces.reportStolen',
    'pieces.reportFound',
  ],
  build({ publishableKey, baseUrl }) {
    const { call } = createOwnerTransport({ baseUrl, publishableKey });
    return {
      signIn: {
        request: (input, options) => call(requestOwnerSignIn, { body: input }, options),
        verify: (input, options) => call(verifyOwnerSignIn, { body: input }, options),
      },
      session: {
        get: (options) => call(getOwnerSession, {}, options),
        signOut: (input = {}, options) => call(signOutOwner, { body: input }, options),
      },
      pieces: {
        list: (options) => call(listMyPieces, {}, options),
        get: (serial, options) => call(getMyPiece, { params: { serial } }, options),
        reportStolen: (serial, input = {}, options) => call(reportMyPieceStolen, { params: { serial }, body: input }, options),
        reportFound: (serial, input = {}, options) => call(reportMyPieceFound, { params: { serial }, body: input }, options),
      },
      preferences: {
        get: (options) => call(getMyPreferences, {}, options),
        update: (input, options) => call(updateMyPreferences, { body: input }, options),
      },
      profileShares: {
        list: (options) => call(listMyProfileShares, {}, options),
        share: (input, options) => call(shareMyProfile, { body: input }, options),
        revoke: (shareId, options) => call(revokeMyProfileShare, { params: { shareId } }, options),
      },
      myData: {
        export: (options) => call(exportMyData, {}, options),
        erase: (input, options) => call(eraseMyAccount, { body: input }, options),
      },
      fromTheBrand: {
        invitations: (options) => call(listMyInvitations, {}, options),
        answerInvitation: (invitationId, answer, options) => call(answerMyInvitation, { params: { invitationId }, body: { answer } }, options),
        news: (options) => call(listMyBrandNews, {}, options),
      },
    };
  },
};

/** The optional part `part` of a client, or a refusal the portal shows as an error: the client given has no such methods. */
export function clientPart<Part>(part: Part | undefined, name: string): Part {
  if (part === undefined) throw new TypeError(`The owner portal's client has no \`${name}\` methods.`);
  return part;
}
