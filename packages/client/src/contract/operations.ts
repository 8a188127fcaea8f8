/** The API's operations: the single table the client, the server and the OpenAPI document are built from. */
import { getBrand } from './brand-operations.ts';
import { ItemParams, ItemSummary } from './items.ts';
import {
  ModificationRequest,
  OwnershipTransferRequest,
  OwnershipTransferResponse,
  ProvenanceLookupList,
  RecoveryRequest,
  ServiceRequest,
  TheftReportRequest,
} from './item-events.ts';
import { operation } from './operation.ts';
import { ProvenanceRecord } from './provenance.ts';
import { SaleRegistration, SaleResponse } from './sales.ts';
import { activateWarranty, confirmWarranty } from './warranty-operations.ts';
import { bookRepair, decideEstimate, getRepair, listRepairs, lookupRepair, rateRepair, transitionRepair } from './repair-operations.ts';
import { listServiceCentres, listServiceCentreSlots } from './service-network-operations.ts';
import { getServiceMetrics } from './service-metrics.ts';

export { activateWarranty, confirmWarranty, getBrand };

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

export const getProvenance = operation({
  id: 'getProvenance',
  method: 'GET',
  path: '/v1/provenance/{serial}',
  auth: 'publishable',
  summary: "A piece's public, signed history: model, first sale, owner count, services, modifications, stolen state. No personal data. Audited and rate limited per key and per address.",
  tags: ['provenance'],
  params: ItemParams,
  response: ProvenanceRecord,
  errors: ['unknown_serial'],
});

/** A piece that is stolen or destroyed cannot be modified, serviced or change hands through the registry. */
const unavailableItemErrors = ['unknown_serial', 'item_unavailable'] as const;

export const recordModification = operation({
  id: 'recordModification',
  method: 'POST',
  path: '/v1/items/{serial}/modifications',
  auth: 'secret',
  summary: 'An authorized retailer records a modification (strap, engraving, …); it appears in the public history.',
  tags: ['items'],
  params: ItemParams,
  request: ModificationRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: [...unavailableItemErrors, 'unknown_retailer', 'date_in_future'],
});

export const recordService = operation({
  id: 'recordService',
  method: 'POST',
  path: '/v1/items/{serial}/services',
  auth: 'secret',
  summary: 'Records a completed service at a service centre; it appears in the public history.',
  tags: ['items'],
  params: ItemParams,
  request: ServiceRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: [...unavailableItemErrors, 'unknown_service_centre', 'service_not_offered', 'date_in_future'],
});

export const reportStolen = operation({
  id: 'reportStolen',
  method: 'POST',
  path: '/v1/items/{serial}/theft-reports',
  auth: 'secret',
  summary: 'Reports a piece stolen: the public history warns anyone who looks it up, and activations are refused.',
  tags: ['items'],
  params: ItemParams,
  request: TheftReportRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: [...unavailableItemErrors, 'already_reported_stolen'],
});

export const markRecovered = operation({
  id: 'markRecovered',
  method: 'POST',
  path: '/v1/items/{serial}/recoveries',
  auth: 'secret',
  summary: 'Marks a stolen piece recovered: the stolen warning is lifted; the report stays in the history.',
  tags: ['items'],
  params: ItemParams,
  request: RecoveryRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'not_reported_stolen'],
});

export const transferOwnership = operation({
  id: 'transferOwnership',
  method: 'POST',
  path: '/v1/items/{serial}/ownership-transfers',
  auth: 'secret',
  summary: 'Transfers a registered piece to a new owner, who confirms by e-mail; the warranty follows the piece.',
  tags: ['items'],
  params: ItemParams,
  request: OwnershipTransferRequest,
  response: OwnershipTransferResponse,
  successStatus: 201,
  errors: [...unavailableItemErrors, 'no_registered_owner'],
});

export const listProvenanceLookups = operation({
  id: 'listProvenanceLookups',
  method: 'GET',
  path: '/v1/items/{serial}/lookups',
  auth: 'secret',
  summary: 'The audit of public lookups of a serial, newest first, refused (rate-limited) ones included.',
  tags: ['items'],
  params: ItemParams,
  response: ProvenanceLookupList,
  errors: ['unknown_serial'],
});

export { bookRepair, decideEstimate, getRepair, listRepairs, lookupRepair, rateRepair, transitionRepair };
export { listServiceCentres, listServiceCentreSlots };
export { getServiceMetrics };

export const operations = [
  getBrand,
  activateWarranty,
  confirmWarranty,
  registerSale,
  getItem,
  getProvenance,
  recordModification,
  recordService,
  reportStolen,
  markRecovered,
  transferOwnership,
  listProvenanceLookups,
  // Listed one by one, not spread: a spread is a possible side effect to a bundler, which would
  // then keep this table, and every schema in it, in each widget's bundle.
  bookRepair,
  lookupRepair,
  decideEstimate,
  rateRepair,
  getRepair,
  transitionRepair,
  listRepairs,
  listServiceCentres,
  listServiceCentreSlots,
  getServiceMetrics,
] as const;
