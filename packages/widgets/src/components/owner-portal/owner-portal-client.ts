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
  cancelMyPieceTransfer,
  createMyCalendarFeed,
  getMyCalendarFeed,
  getMyPieceTransfer,
  transferMyPiece,
  getMyPiece,
  getMyPreferences,
  listMyProfileShares,
  getOwnerSession,
  listMyPieces,
  reportMyPieceFound,
  reportMyPieceLost,
  reportMyPieceStolen,
  requestOwnerSignIn,
  revokeMyProfileShare,
  shareMyProfile,
  signOutOwner,
  updateMyPreferences,
  verifyOwnerSignIn,
  deleteMyOwnerPasskey,
  listMyOwnerPasskeys,
  myOwnerPasskeyRegistrationOptions,
  ownerPasskeySignInOptions,
  registerMyOwnerPasskey,
  signInOwnerWithPasskey,
} from '@atelier/client/contract';
import type { WidgetClient } from '../../base/atelier-element.ts';

/** A piece's dossier file, as bytes to save: the PDF, or the signed JSON exactly as the API sent it. */
export type DossierFormat = 'pdf' | 'json';

/**
 * What the piece's Documents and Transfer sections call (piece-papers-flow.ts). Optional: a page's
 * own `client` without them still gets the rest of the portal, and the sections it cannot serve
 * are not drawn.
 */
export interface OwnerPortalPapersClient {
  documents: { dossierFile(serial: string, format: DossierFormat, options?: { signal?: AbortSignal }): Promise<Blob> };
  calendarFeed: ClientLike<Pick<OwnerClient['calendarFeed'], 'get' | 'create'>>;
  transfers: ClientLike<OwnerClient['transfers']>;
}

/** The dossier's bytes, with the session cookie; a refusal is thrown as the client's errors are (its problem's `code` and `status`). */
async function fetchDossierFile(baseUrl: string, serial: string, format: DossierFormat, signal: AbortSignal | undefined): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/v1/owner/pieces/${encodeURIComponent(serial)}/dossier${format === 'pdf' ? '.pdf' : ''}`, { credentials: 'include', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw Object.assign(new Error('The dossier could not be fetched.'), { code: 'network_error' });
  }
  if (response.ok) return response.blob();
  const problem = (await response.json().catch(() => ({}))) as { code?: unknown };
  throw Object.assign(new Error(`The dossier was refused (${response.status}).`), { code: typeof problem.code === 'string' ? problem.code : 'http_error', status: response.status });
}

/** The pieces' methods the portal calls; `reportLost` came later, so a client without it still serves. */
type OwnerPortalPiecesClient = ClientLike<Omit<OwnerClient['pieces'], 'reportLost'>> & Partial<ClientLike<Pick<OwnerClient['pieces'], 'reportLost'>>>;

/**
 * `preferences`, `profileShares`, `myData` and `fromTheBrand` are optional, so a `client` made for the
 * portal before they existed (with `signIn`, `session` and `pieces`) still drives it; the account views
 * then say they cannot load, and no "From the brand" (nor passkeys: `passkeys`) is offered. So is
 * `pieces.reportLost`: without it, no "Report it lost" is offered. So are a piece's papers (`OwnerPortalPapersClient`):
 * without them, its Documents and Transfer sections are not drawn.
 */
export type OwnerPortalClient = ClientLike<Pick<OwnerClient, 'signIn' | 'session'>> & { pieces: OwnerPortalPiecesClient } &
  Partial<ClientLike<Pick<OwnerClient, 'preferences' | 'profileShares' | 'myData' | 'fromTheBrand' | 'passkeys'>>> &
  Partial<OwnerPortalPapersClient>;

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
      documents: { dossierFile: (serial, format, options) => fetchDossierFile(baseUrl, serial, format, options?.signal) },
      calendarFeed: {
        get: (options) => call(getMyCalendarFeed, {}, options),
        create: (options) => call(createMyCalendarFeed, { body: {} }, options),
      },
      transfers: {
        start: (serial, input, options) => call(transferMyPiece, { params: { serial }, body: input }, options),
        get: (serial, options) => call(getMyPieceTransfer, { params: { serial } }, options),
        cancel: (serial, options) => call(cancelMyPieceTransfer, { params: { serial } }, options),
      },
      pieces: {
        list: (options) => call(listMyPieces, {}, options),
        get: (serial, options) => call(getMyPiece, { params: { serial } }, options),
        reportStolen: (serial, input = {}, options) => call(reportMyPieceStolen, { params: { serial }, body: input }, options),
        reportLost: (serial, options) => call(reportMyPieceLost, { params: { serial }, body: {} }, options),
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
      passkeys: {
        signInOptions: (options) => call(ownerPasskeySignInOptions, {}, options),
        signIn: (input, options) => call(signInOwnerWithPasskey, { body: input }, options),
        list: (options) => call(listMyOwnerPasskeys, {}, options),
        registrationOptions: (options) => call(myOwnerPasskeyRegistrationOptions, {}, options),
        register: (input, options) => call(registerMyOwnerPasskey, { body: input }, options),
        remove: (passkeyId, options) => call(deleteMyOwnerPasskey, { params: { passkeyId } }, options),
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
