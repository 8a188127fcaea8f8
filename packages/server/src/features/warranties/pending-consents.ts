/**
 * Double opt-in for the e-mail consents given with a registration (activation, retailer sale,
 * ownership transfer): anyone may type someone else's address into a form, so what was ticked
 * waits on the pending warranty and counts only once the owner confirms through the e-mailed
 * link — the one click that proves the address is theirs. Until then `consents` holds nothing of
 * it, so everything that reads consents reads confirmed ones only. A link that lapses or is never
 * followed records nothing.
 */
import { ConsentsInput, type ConfirmationConsents } from '@atelier/client/contract';
import * as z from 'zod/mini';
import type { Db } from '../../db/database.ts';
import type { WarrantiesTable } from '../../db/schema.ts';
import { confirmedConsentsWording } from '../../mail/templates/warranty-confirmation.ts';
import { recordEmailConsents } from '../owners/owners.ts';

/** Where a consent was given, as recorded beside it. */
export const consentSource: Record<WarrantiesTable['source'], string> = { buyer: 'warranty_activation', retailer: 'retailer_sale', transfer: 'ownership_transfer' };

/** `warranties.pending_consents`: what was ticked, and on which form (recorded as the consent's source). */
const PendingConsents = z.strictObject({ ...ConsentsInput.shape, source: z.string() });
type PendingConsents = z.infer<typeof PendingConsents>;

/**
 * What to keep on a pending warranty until its owner confirms. Only the owner's address is
 * proven by the link, so consents of anyone else — the giver of a gift, whose link goes to the
 * recipient — are not kept: nothing in this flow could ever confirm them, and a giver cannot
 * consent on the recipient's behalf. Null also when none were given: then nothing waits (a resend
 * without consents clears an earlier choice: the latest form is what counts).
 */
export function consentsAwaitingConfirmation(
  consents: ConsentsInput | undefined,
  source: WarrantiesTable['source'],
  linkGoesToWhoConsented: boolean,
): string | null {
  if (consents === undefined || !linkGoesToWhoConsented) return null;
  return JSON.stringify({ service: consents.service, marketing: consents.marketing, source: consentSource[source] } satisfies PendingConsents);
}

/** The consents waiting on a pending warranty (`warranties.pending_consents`), without their source; null when none are. */
export function awaitingConsents(stored: string | null): ConsentsInput | null {
  if (stored === null) return null;
  const { service, marketing } = z.parse(PendingConsents, JSON.parse(stored));
  return { service, marketing };
}

/**
 * Records the consents that waited on a just-confirmed warranty for its owner, timed at the
 * confirmation (when the consent became valid), and clears them. Called in the confirming
 * transaction after the warranty became active, so a resend changing them meanwhile (it updates
 * pending warranties only) either came first and is counted, or finds the warranty active.
 *
 * `answered`: the owner's answers on the confirmation page itself (a link that asked, because
 * nobody had answered for them: a gift's recipient, a transfer's new owner). They are the latest form, so they count
 * instead of anything waiting, with the words the page showed and the source of the warranty's
 * registration (a transfer's is `ownership_transfer`).
 */
export async function recordConfirmedConsents(tx: Db, warrantyId: string, ownerId: string, confirmedAt: Date, answered?: ConfirmationConsents): Promise<void> {
  const row = await tx
    .selectFrom('warranties')
    .innerJoin('owners', 'owners.id', 'warranties.owner_id')
    .innerJoin('brands', 'brands.id', 'warranties.brand_id')
    .select(['warranties.pending_consents', 'warranties.source', 'owners.language', 'brands.name as brand_name'])
    .where('warranties.id', '=', warrantyId)
    .executeTakeFirstOrThrow();
  if (answered !== undefined) {
    const { wording, ...consents } = answered;
    await recordEmailConsents(tx, ownerId, consents, consentSource[row.source], confirmedAt, wording);
  } else if (row.pending_consents !== null) {
    const { source, ...consents } = z.parse(PendingConsents, JSON.parse(row.pending_consents));
    // The words the owner read before the click that makes them count: the confirmation e-mail's.
    await recordEmailConsents(tx, ownerId, consents, source, confirmedAt, confirmedConsentsWording(row.language, row.brand_name, consents));
  }
  if (row.pending_consents !== null) await tx.updateTable('warranties').set({ pending_consents: null }).where('id', '=', warrantyId).execute();
}
