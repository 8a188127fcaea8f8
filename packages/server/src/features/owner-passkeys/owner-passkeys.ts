/**
 * An owner's passkeys: adding one on the brand's site once signed in, listing and removing their
 * own, and signing in with one, nothing typed. The ceremonies are the staff's (features/passkeys:
 * the same options, challenges in `webauthn_challenges` under purposes of their own, the same
 * verifications), with the brand's page as relying party (owner-relying-party.ts) and the owner's
 * brand checked: a passkey signs its owner in on the site it was made on, for that brand only.
 */
import type { OwnerPasskeyList, Passkey, PasskeyAssertion, PasskeyAttestation, PasskeyRegistrationOptions, PasskeySignInOptions } from '@atelier/client/contract';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { OwnerPasskeysTable } from '../../db/schema.ts';
import { AtelierError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Logger } from '../../logger.ts';
import { isUniqueViolation } from '../shared/unique-violation.ts';
import { consumeChallenge, storeChallenge } from '../passkeys/challenges.ts';
import { passkeyView } from '../passkeys/my-passkeys.ts';
import { answeredChallenge, userHandleOf } from '../passkeys/passkey-deps.ts';
import { defaultPasskeyDeviceLabel, discoverableCredentialOptions } from '../passkeys/registration.ts';
import type { RelyingParty } from '../passkeys/relying-party.ts';
import { discoverableSignInOptions } from '../passkeys/sign-in.ts';
import { checkedAssertion, passkeyNotVerified, verifiedNewCredential } from '../passkeys/webauthn-checks.ts';

export interface OwnerPasskeyDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}

export interface PasskeyOwner {
  ownerId: string;
  brandId: string;
}

const shownColumns = ['id', 'device_label', 'created_at', 'last_used_at'] as const;

export async function ownerRegistrationOptions(deps: OwnerPasskeyDeps, owner: PasskeyOwner, relyingParty: RelyingParty): Promise<PasskeyRegistrationOptions> {
  const [person, existing] = await Promise.all([
    deps.db
      .selectFrom('owners')
      .innerJoin('brands', 'brands.id', 'owners.brand_id')
      .select(['owners.name', 'owners.email', 'brands.name as brand_name'])
      .where('owners.id', '=', owner.ownerId)
      .executeTakeFirstOrThrow(),
    deps.db.selectFrom('owner_passkeys').select(['credential_id', 'transports']).where('owner_id', '=', owner.ownerId).where('rp_id', '=', relyingParty.id).execute(),
  ]);
  const options = await discoverableCredentialOptions(
    relyingParty,
    { rpName: person.brand_name, name: person.email, displayName: person.name, handle: userHandleOf(owner.ownerId) },
    existing,
  );
  await storeChallenge(deps.db, deps.clock.now(), { value: options.challenge, purpose: 'owner_registration', personId: owner.ownerId });
  return options;
}

export async function registerOwnerPasskey(
  deps: OwnerPasskeyDeps,
  owner: PasskeyOwner,
  relyingParty: RelyingParty,
  request: { response: PasskeyAttestation; deviceLabel?: string | undefined },
): Promise<Passkey> {
  const now = deps.clock.now();
  const challenge = answeredChallenge(request.response.response.clientDataJSON);
  if (challenge === undefined) throw passkeyNotVerified('its clientDataJSON is not readable.');
  await consumeChallenge(deps.db, now, { value: challenge, purpose: 'owner_registration', personId: owner.ownerId });
  const credential = await verifiedNewCredential(relyingParty, challenge, request.response);
  const row: OwnerPasskeysTable = {
    id: newId('opk'),
    brand_id: owner.brandId,
    owner_id: owner.ownerId,
    rp_id: relyingParty.id,
    ...credential,
    device_label: request.deviceLabel ?? defaultPasskeyDeviceLabel,
    created_at: now.toISOString(),
    last_used_at: null,
  };
  try {
    // A savepoint, so a lost race on the credential id leaves the request's transaction usable on PostgreSQL.
    await deps.db.transaction().execute((trx) => trx.insertInto('owner_passkeys').values(row).execute());
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AtelierError('passkey_already_registered', 'This passkey is already registered.');
  }
  return passkeyView(row);
}

export async function listOwnerPasskeys(db: Db, owner: PasskeyOwner, addableHere: boolean): Promise<OwnerPasskeyList> {
  const rows = await db.selectFrom('owner_passkeys').select(shownColumns).where('owner_id', '=', owner.ownerId).orderBy('created_at').orderBy('id').execute();
  return { passkeys: rows.map(passkeyView), addableHere };
}

/** Deletes the owner's passkey `passkeyId`; 404 `unknown_passkey` when they have none by that id (another owner's included). */
export async function deleteOwnerPasskey(db: Db, owner: PasskeyOwner, passkeyId: string): Promise<Passkey> {
  const deleted = await db.deleteFrom('owner_passkeys').where('id', '=', passkeyId).where('owner_id', '=', owner.ownerId).returning(shownColumns).executeTakeFirst();
  if (!deleted) throw new AtelierError('unknown_passkey', 'You have no passkey with this id.');
  return passkeyView(deleted);
}

export function ownerSignInOptions(deps: OwnerPasskeyDeps, relyingParty: RelyingParty): Promise<PasskeySignInOptions> {
  return discoverableSignInOptions(deps.db, deps.clock.now(), relyingParty, 'owner_sign_in');
}

function notRecognized(): AtelierError {
  return new AtelierError('passkey_not_recognized', 'This passkey does not sign anyone in here. Use another passkey, or ask for a code by e-mail.');
}

/**
 * The owner a passkey assertion signs in on `brandId`'s site `relyingParty`, once verified; its
 * counter and last use are updated. Every refusal is the same 400 `passkey_not_recognized` (an
 * unknown credential, another brand's or another site's, another owner's handle, a bad signature):
 * the answer never tells whether a credential exists or whose it is; the reason is logged.
 */
export async function verifyOwnerPasskeySignIn(deps: OwnerPasskeyDeps, brandId: string, relyingParty: RelyingParty, response: PasskeyAssertion): Promise<{ ownerId: string }> {
  const now = deps.clock.now();
  const refuse = (reason: string, passkeyId?: string): never => {
    deps.logger.info('owner_passkey_sign_in_refused', { reason, passkeyId });
    throw notRecognized();
  };
  const challenge = answeredChallenge(response.response.clientDataJSON);
  if (challenge === undefined) return refuse('unreadable client data');
  await consumeChallenge(deps.db, now, { value: challenge, purpose: 'owner_sign_in', personId: null });
  const passkey = await deps.db
    .selectFrom('owner_passkeys')
    .select(['id', 'owner_id', 'brand_id', 'rp_id', 'credential_id', 'public_key', 'counter', 'transports'])
    .where('credential_id', '=', response.id)
    .executeTakeFirst();
  if (!passkey) return refuse('unknown credential');
  if (passkey.brand_id !== brandId) return refuse('passkey of another brand', passkey.id);
  if (passkey.rp_id !== relyingParty.id) return refuse('passkey of another site', passkey.id);
  const userHandle = response.response.userHandle;
  if (userHandle != null && userHandle !== userHandleOf(passkey.owner_id)) return refuse('user handle of another owner', passkey.id);
  const checked = await checkedAssertion(relyingParty, challenge, response, passkey);
  if ('refused' in checked) return refuse(checked.refused, passkey.id);
  await deps.db.updateTable('owner_passkeys').set({ counter: checked.newCounter, last_used_at: now.toISOString() }).where('id', '=', passkey.id).execute();
  return { ownerId: passkey.owner_id };
}
