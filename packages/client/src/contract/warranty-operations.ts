/**
 * The warranty operations, in their own module (re-exported by `operations.ts`) for the same
 * reason as `brand-operations.ts`: what the warranty widget imports reaches only its own schemas.
 */
import { operation, publicAccess } from './operation.ts';
import { ActivationRequest, ActivationResponse, ConfirmationRequest, ConfirmationResponse } from './warranties.ts';

export const activateWarranty = operation({
  id: 'activateWarranty',
  method: 'POST',
  path: '/v1/warranties/activations',
  access: publicAccess,
  summary: 'A buyer activates the warranty of a piece; it stays pending until confirmed by e-mail.',
  tags: ['warranties'],
  request: ActivationRequest,
  response: ActivationResponse,
  successStatus: 201,
  errors: [
    'unknown_serial',
    'unknown_retailer',
    'invalid_card_code',
    'too_many_attempts',
    'already_activated',
    'item_unavailable',
    'purchase_date_in_future',
    'purchase_date_before_manufacture',
  ],
});

export const confirmWarranty = operation({
  id: 'confirmWarranty',
  method: 'POST',
  path: '/v1/warranties/confirmations',
  access: publicAccess,
  summary: 'Confirms a pending warranty with the single-use token from the e-mailed link.',
  tags: ['warranties'],
  request: ConfirmationRequest,
  response: ConfirmationResponse,
  errors: ['invalid_confirmation_token', 'confirmation_token_expired', 'too_many_attempts'],
});
