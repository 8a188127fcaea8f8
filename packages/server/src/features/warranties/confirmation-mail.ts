/** The e-mail that carries a warranty's confirmation link to its owner. */
import type { Locale } from '@atelier/client/contract';
import type { ServerDeps } from '../../deps.ts';
import { AtelierError } from '../../errors.ts';
import { renderWarrantyConfirmation } from '../../mail/templates/warranty-confirmation.ts';
import { confirmationLink, type IssuedConfirmationToken } from './confirmation-token.ts';

/**
 * E-mails the confirmation link to the warranty's owner (the recipient, for a gift), in
 * `language` when given, else the owner's recorded language. Returns the address it went to.
 */
export async function sendConfirmationMail(
  deps: ServerDeps,
  warrantyId: string,
  token: IssuedConfirmationToken,
  language?: Locale,
): Promise<string> {
  const row = await deps.db
    .selectFrom('warranties')
    .innerJoin('owners as owner', 'owner.id', 'warranties.owner_id')
    .innerJoin('owners as buyer', 'buyer.id', 'warranties.buyer_id')
    .innerJoin('items', 'items.id', 'warranties.item_id')
    .innerJoin('models', 'models.id', 'items.model_id')
    .innerJoin('brands', 'brands.id', 'warranties.brand_id')
    .select([
      'owner.email as owner_email',
      'owner.name as owner_name',
      'owner.language as owner_language',
      'buyer.name as buyer_name',
      'warranties.is_gift',
      'items.serial',
      'models.name as model_name',
      'brands.name as brand_name',
    ])
    .where('warranties.id', '=', warrantyId)
    .executeTakeFirstOrThrow();
  const message = renderWarrantyConfirmation({
    to: row.owner_email,
    language: language ?? row.owner_language,
    recipientName: row.owner_name,
    brandName: row.brand_name,
    modelName: row.model_name,
    serial: row.serial,
    link: confirmationLink(deps.publicUrl, token.token),
    expiresAt: token.expiresAt,
    giverName: row.is_gift === 1 ? row.buyer_name : null,
  });
  try {
    await deps.mailer.send(message);
  } catch (error) {
    // The warranty stays pending; activating again with the same e-mail sends a new link.
    throw new AtelierError('service_unavailable', 503, 'The warranty was registered but the confirmation e-mail could not be sent. Please try again shortly.', {
      cause: error,
    });
  }
  return row.owner_email;
}
