/**
 * The owner shares their profile with a retailer of the brand (issue 16, "recognise, don't
 * reveal"): while a share is not revoked, that retailer's recognition of the owner's pieces names
 * them and gives their contact (`recognisePiece`'s `contact`); every other retailer learns only
 * that the piece is registered. The owner shares with the retailer of record of a piece, or any
 * other retailer of the brand, sees their shares and revokes any of them. A revoked share is kept
 * with when it was shared and revoked: that record is the share's audit trail, read by the owner
 * here (owners' acts are kept where they belong, not in the staff's audit log).
 */
import * as z from 'zod/mini';
import { RetailerSummary } from './brand.ts';
import { operation, type OperationDocs } from './operation.ts';
import { ownerAccess } from './owner-space.ts';
import { CountryCode, Id, IsoDateTime } from './primitives.ts';

export const ProfileShare = z.object({
  id: Id,
  retailer: RetailerSummary,
  sharedAt: IsoDateTime,
  /** Null while the retailer may see the owner's name and contact. */
  revokedAt: z.nullable(IsoDateTime),
});
export type ProfileShare = z.infer<typeof ProfileShare>;

export const MyProfileShares = z.object({
  /** Every share the owner made, newest first, revoked ones included. */
  shares: z.array(ProfileShare),
  /** The brand's retailers the owner may share with, retailers of record of their pieces first, then by name. */
  retailers: z.array(z.object({ id: Id, name: z.string(), country: CountryCode, city: z.string(), retailerOfRecord: z.boolean() })),
});
export type MyProfileShares = z.infer<typeof MyProfileShares>;

export const ShareMyProfileRequest = z.strictObject({ retailerId: Id });
export type ShareMyProfileRequest = z.input<typeof ShareMyProfileRequest>;

export const ProfileShareParams = z.strictObject({ shareId: Id });
export type ProfileShareParams = z.input<typeof ProfileShareParams>;

export const listMyProfileShares = operation({
  id: 'listMyProfileShares',
  method: 'GET',
  path: '/v1/owner/profile-shares',
  access: ownerAccess,
  response: MyProfileShares,
});

export const shareMyProfile = operation({
  id: 'shareMyProfile',
  method: 'POST',
  path: '/v1/owner/profile-shares',
  access: ownerAccess,
  request: ShareMyProfileRequest,
  response: ProfileShare,
  successStatus: 201,
  errors: ['unknown_retailer'],
});

export const revokeMyProfileShare = operation({
  id: 'revokeMyProfileShare',
  method: 'DELETE',
  path: '/v1/owner/profile-shares/{shareId}',
  access: ownerAccess,
  params: ProfileShareParams,
  response: ProfileShare,
  errors: ['unknown_profile_share'],
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const profileSharesDocs = {
  tag: 'owner-space',
  summaries: {
    listMyProfileShares: "The signed-in owner's profile shares, newest first (revoked ones with when), and the brand's retailers they may share with.",
    shareMyProfile:
      "Shares the signed-in owner's profile (name, e-mail, country, language, postal address) with one retailer of the brand: its recognition of their pieces names them. Sharing again with a retailer already shared with answers the open share. A retailer of another brand, or none, is 422 `unknown_retailer` on `retailerId`.",
    revokeMyProfileShare:
      "Revokes one of the signed-in owner's shares at once: the retailer's next lookup no longer names them. The share stays in their list with its time of revocation; revoking again answers it unchanged. Another owner's share, or none, is 404 `unknown_profile_share`.",
  },
} as const satisfies OperationDocs;
