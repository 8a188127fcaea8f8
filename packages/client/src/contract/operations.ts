/** The API's operations: the single table the client, the server and the OpenAPI document are built from. */
import { BrandConfig } from './brand.ts';
import { ItemParams, ItemSummary } from './items.ts';
import { operation } from './operation.ts';
import { SaleRegistration, SaleResponse } from './sales.ts';
import { ActivationRequest, ActivationResponse, ConfirmationRequest, ConfirmationResponse } from './warranties.ts';

export const getBrand = operation({
  id: 'getBrand',
  method: 'GET',
  path: '/v1/brand',
  auth: 'publishable',
  summary: "The brand's public configuration: name, locales, warranty policy and authorized retailers.",
  tags: ['brand'],
  response: BrandConfig,
});

export const activateWarranty = operation({
  id: 'activateWarranty',
  method: 'POST',
  path: '/v1/warranties/activations',
  auth: 'publishable',
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
  auth: 'publishable',
  summary: 'Confirms a pending warranty with the single-use token from the e-mailed link.',
  tags: ['warranties'],
  request: ConfirmationRequest,
  response: ConfirmationResponse,
  errors: ['invalid_confirmation_token', 'confirmation_token_expired'],
});

export const registerSale = operation({
  id: 'registerSale',
  method: 'POST',
  path: '/v1/sales',
  auth: 'secret',
  summary: 'A retailer registers the sale of a piece: the warranty is pre-activated and the buyer is asked to confirm.',
  tags: ['sales'],
  request: SaleRegistration,
  response: SaleResponse,
  successStatus: 201,
  errors: [
    'unknown_serial',
    'unknown_retailer',
    'already_activated',
    'item_unavailable',
    'purchase_date_in_future',
    'purchase_date_before_manufacture',
  ],
});

export const getItem = operation({
  id: 'getItem',
  method: 'GET',
  path: '/v1/items/{serial}',
  auth: 'secret',
  summary: 'A serialized piece with its current warranty, as brand staff and retailers see it.',
  tags: ['items'],
  params: ItemParams,
  response: ItemSummary,
  errors: ['unknown_serial'],
});

export const operations = [getBrand, activateWarranty, confirmWarranty, registerSale, getItem] as const;
