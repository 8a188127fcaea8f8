/**
 * The e-mail that carries a warranty's confirmation link to its owner, and what every way of
 * registering a piece (activation, retailer sale, ownership transfer) answers once it is sent.
 */
import type { Locale, Warranty } from '@atelier/client/contract';
import type { WarrantiesTable } from '../../db/schema.ts';
import type { ServerDeps } from '../../deps.ts';
import { renderWarrantyConfirmation } from '../../mail/templates/warranty-confirmation.ts';
import { maskEmail } from '../owners/owners.ts';
import { todayUtc } from '../shared/calendar.ts';
import { confirmationLink, issueConfirmationToken, type IssuedConfirmationToken } from './confirmation-token.ts';
import { awaitingConsents } from './pending-consents.ts';
import { loadWarrantyView } from './warranty-view.ts';

/** The pending warranty as it now stands, and where its link went, masked. */
export interface ConfirmationSent {
  warranty: Warranty;
  confirmationSentTo: string;
}

/** E-mails the link of `token` (see sendConfirmationMail) and answers what the caller shows. */
export async function sendConfirmation(
  deps: ServerDeps,
  brandId: string,
  warrantyId: string,
  token: IssuedConfirmationToken,
  language?: Locale,
): Promise<ConfirmationSent> {
  const warranty = await loadWarrantyView(deps.db, brandId, warrantyId, todayUtc(deps.clock));
  const sentTo = await sendConfirmationMail(deps, warranty, token, language);
  return { warranty, confirmationSentTo: maskEmail(sentTo) };
}

/** A new link for a warranty still waiting for its owner: the first e-mail was lost or has expired. */
export async function resendConfirmation(deps: ServerDeps, brandId: string, warrantyId: string): Promise<ConfirmationSent> {
  const token = await issueConfirmationToken(deps.db, warrantyId, deps.clock.now());
  return sendConfirmation(deps, brandId, warrantyId, token);
}

/**
 * Whether the owner the link goes to was asked about messages by nobody, so the page it opens
 * asks them first: a gift's recipient (the giver's answers are the giver's, never kept for them:
 * pending-consents.ts) and a transfer's new owner (an owner's transfer never asks; a brand's may
 * have taken their answers down, which then wait on the warranty).
 */
function nobodyAskedTheOwner(source: WarrantiesTable['source'], gift: boolean, pendingConsents: string | null): boolean {
  return (gift || source === 'transfer') && pendingConsents === null;
}

/**
 * E-mails the confirmation link to the warranty's owner (the recipient, for a gift), in
 * `language` when given, else the owner's recorded language. Returns the address it went to.
 */
async function sendConfirmationMail(deps: ServerDeps, warranty: Warranty, token: IssuedConfirmationToken, language?: Locale): Promise<string> {
  // The piece and the gift flag come with the warranty's view; only who is written to, and by whom, is left to read.
  const row = await deps.db
    .selectFrom('warranties')
    .innerJoin('owners as owner', 'owner.id', 'warranties.owner_id')
    .innerJoin('owners as buyer', 'buyer.id', 'warranties.buyer_id')
    .innerJoin('brands', 'brands.id', 'warranties.brand_id')
    .select([
      'owner.email as owner_email',
      'owner.name as owner_name',
      'owner.language as owner_language',
      'buyer.name as buyer_name',
      'brands.name as brand_name',
      'warranties.pending_consents',
      'warranties.source',
    ])
    .where('warranties.id', '=', warranty.id)
    .executeTakeFirstOrThrow();
  const message = renderWarrantyConfirmation({
    to: row.owner_email,
    language: language ?? row.owner_language,
    recipientName: row.owner_name,
    brandName: row.brand_name,
    modelName: warranty.model.name,
    serial: warranty.serial,
    link: confirmationLink(deps.publicUrl, token.token, nobodyAskedTheOwner(row.source, warranty.gift, row.pending_consents)),
    expiresAt: token.expiresAt,
    giverName: warranty.gift ? row.buyer_name : null,
    consents: awaitingConsents(row.pending_consents),
  });
  // Queued with the registration (mail/outbox.ts): an SMTP outage delays the e-mail, it does not fail the request.
  await deps.mailer.send(message);
  return row.owner_email;
}
