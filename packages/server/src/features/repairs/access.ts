/**
 * Finding a repair: by its tracking code for the service desk (secret key), by code and e-mail,
 * or code and e-mailed link token, for its owner. A wrong e-mail, or a wrong or lapsed token,
 * answers exactly like an unknown code, so a code found on a discarded receipt reveals nothing
 * without the e-mail it was booked with or a live link from one of its e-mails.
 */
import { admitAttempt } from '../../attempt-limits.ts';
import { actorScopeOf } from '../../http/principal.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { RepairOrdersTable } from '../../db/schema.ts';
import type { Caller } from '../../http/operation-route.ts';
import { attemptLimits } from '../../limits.ts';
import { normalizeEmail } from '../../email-address.ts';
import { confirmContact } from './contact-confirmation.ts';
import { isRepairLinkToken } from './link-token.ts';
import { normalizeTrackingCode } from './tracking-code.ts';
import { unknownRepair, type RepairSeeker } from './views.ts';

export type RepairRow = Pick<RepairOrdersTable, 'id' | 'brand_id' | 'item_id' | 'status' | 'service_type' | 'service_centre_id' | 'contact_email_normalized' | 'promised_date'>;

/**
 * A repair of the brand by its tracking code. With `retailerId` (a retailer's caller), only a repair
 * left with that retailer: another's answers exactly like an unknown code.
 */
export async function findRepair(db: Db, brandId: string, trackingCode: string, seeker: RepairSeeker = 'staff', retailerId?: string): Promise<RepairRow> {
  const code = normalizeTrackingCode(trackingCode);
  if (code === null) throw unknownRepair(seeker);
  const repair = await db
    .selectFrom('repair_orders')
    .select(['id', 'brand_id', 'item_id', 'status', 'service_type', 'service_centre_id', 'contact_email_normalized', 'promised_date'])
    .where('brand_id', '=', brandId)
    .where('tracking_code', '=', code)
    .$if(retailerId !== undefined, (query) => query.where('retailer_id', '=', retailerId!))
    .executeTakeFirst();
  if (!repair) throw unknownRepair(seeker);
  return repair;
}

/** What the owner proves a repair is theirs with; the contract lets exactly one of `email` and `linkToken` through. */
export interface OwnerProof {
  trackingCode: string;
  email?: string | undefined;
  linkToken?: string | undefined;
}

/**
 * The owner's repair, if `proof` holds at `now`: a link token lapses (link-token.ts), an e-mail does
 * not. A link token proves the contact reads the address it was mailed to: it confirms a counter
 * drop-off's contact (contact-confirmation.ts).
 */
export async function findOwnersRepair(db: Db, brandId: string, proof: OwnerProof, now: Date): Promise<RepairRow> {
  const repair = await findRepair(db, brandId, proof.trackingCode, 'owner');
  if (proof.linkToken !== undefined) {
    if (!(await isRepairLinkToken(db, repair, proof.linkToken, now))) throw unknownRepair();
    await confirmContact(db, repair.id, now);
    return repair;
  }
  if (proof.email === undefined || repair.contact_email_normalized !== normalizeEmail(proof.email)) throw unknownRepair();
  return repair;
}

/**
 * Counts one owner proof of `caller` (lookup, estimate decision, rating), per tracking code and
 * network and per network, each per key, exactly (attempt-limits.ts), BEFORE the proof is
 * checked; throws `too_many_attempts` once a budget is spent. Codes that do not exist count the
 * same, so the limit tells nothing about which codes do.
 */
export async function admitOwnerProofAttempt(db: Db, clock: Clock, caller: Pick<Caller, 'actor' | 'clientNetwork'>, trackingCode: string): Promise<void> {
  const network = `${actorScopeOf(caller.actor)}:${caller.clientNetwork}`;
  const code = normalizeTrackingCode(trackingCode) ?? trackingCode.trim().toUpperCase();
  await admitAttempt(
    db,
    clock.now(),
    [
      { limit: attemptLimits.repairProofPerCodeAndNetwork, subject: `${network}:${code}` },
      { limit: attemptLimits.repairProofPerNetwork, subject: network },
    ],
    'Too many repair lookups were tried from this network. Please try again later.',
  );
}

