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
import { operation, publicAccess } from './operation.ts';
import { ProvenanceRecord } from './provenance.ts';
import { SaleRegistration, SaleResponse } from './sales.ts';
import { activateWarranty, confirmWarranty } from './warranty-operations.ts';
import { bookRepair, decideEstimate, getRepair, listRepairs, lookupRepair, rateRepair, transitionRepair } from './repair-operations.ts';
import { listServiceCentres, listServiceCentreSlots } from './service-network-operations.ts';
import { getServiceMetrics } from './service-metrics.ts';
import { getCurrentApiKey } from './current-api-key.ts';
import { consumeSignInLink, getMe, listMySessions, requestSignInLink, revokeMySession, signOut } from './sign-in-operations.ts';
import { invitePerson, listPeople, listPersonSessions, revokePersonSession, updatePerson } from './people-operations.ts';
import { deleteMyPasskey, listMyPasskeys, myPasskeyRegistrationOptions, passkeySignInOptions, registerMyPasskey, signInWithPasskey } from './passkey-operations.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key-operations.ts';
import { exportAuditLog, listAuditLog } from './audit-operations.ts';
import { listRetailers } from './retailer-operations.ts';
import { listStock, listStockAlerts, recordDelivery, recordReturn } from './stock.ts';
import { recognisePiece } from './recognition.ts';
import { getBrandSettings, updateBrandSettings } from './brand-settings.ts';
import { importStockMovements } from './stock-import.ts';
import { getRetailerBenchmarks } from './retailer-benchmarks.ts';
import { listRetailerNotes, markRetailerNotesRead } from './retailer-notes.ts';
import { listSales, voidSale } from './sale-operations.ts';
import { countSegment, exportSegment, listBuiltInSegments, listSegmentMembers } from './segments.ts';

export { activateWarranty, confirmWarranty, getBrand };

export const registerSale = operation({
  id: 'registerSale',
  method: 'POST',
  path: '/v1/sales',
  // A retailer registers its own sales (a body naming another retailer is refused); brand admins correct records.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin'], retailerStaff: ['manager', 'associate'] },
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
  // Every authorized retailer recognises any piece of the brand (international warranty); the summary holds no personal data.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge', 'analyst'], retailerStaff: ['manager', 'associate'] },
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
  access: publicAccess,
  summary: "A piece's public, signed history: model, first sale, owner count, services, modifications, stolen state. No personal data. Audited and rate limited per key and per address.",
  tags: ['provenance'],
  params: ItemParams,
  response: ProvenanceRecord,
  errors: ['unknown_serial'],
});

// A piece that is stolen or destroyed cannot be modified, serviced or change hands through the
// registry: those operations answer `item_unavailable`. Each error list is written out rather than
// spread from a shared one: a bundler keeps an operation whose arguments hold a spread (a possible
// side effect), and with it its schemas, in every widget chunk that imports this module.

export const recordModification = operation({
  id: 'recordModification',
  method: 'POST',
  path: '/v1/items/{serial}/modifications',
  // A retailer records its own modifications only (the body's retailerId must be its own).
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk'], retailerStaff: ['manager', 'associate'] },
  summary: 'An authorized retailer records a modification (strap, engraving, …); it appears in the public history.',
  tags: ['items'],
  params: ItemParams,
  request: ModificationRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_retailer', 'date_in_future'],
});

export const recordService = operation({
  id: 'recordService',
  method: 'POST',
  path: '/v1/items/{serial}/services',
  // Services are done by the brand's service centres, not by retailers.
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk'] },
  summary: 'Records a completed service at a service centre; it appears in the public history.',
  tags: ['items'],
  params: ItemParams,
  request: ServiceRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_service_centre', 'service_not_offered', 'date_in_future'],
});

export const reportStolen = operation({
  id: 'reportStolen',
  method: 'POST',
  path: '/v1/items/{serial}/theft-reports',
  // Brand only: a theft report warns the public and blocks activations, so a false one harms an owner;
  // a retailer whose stock is stolen reports it to the brand's customer care.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
  summary: 'Reports a piece stolen: the public history warns anyone who looks it up, and activations are refused.',
  tags: ['items'],
  params: ItemParams,
  request: TheftReportRequest,
  response: ProvenanceRecord,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'already_reported_stolen'],
});

export const markRecovered = operation({
  id: 'markRecovered',
  method: 'POST',
  path: '/v1/items/{serial}/recoveries',
  // Brand only, as the theft report it lifts.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
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
  // Brand only: moving a piece to a new owner voids the current owner's warranty.
  access: { keys: ['secret'], brandStaff: ['admin', 'concierge'] },
  summary: 'Transfers a registered piece to a new owner, who confirms by e-mail; the warranty follows the piece.',
  tags: ['items'],
  params: ItemParams,
  request: OwnershipTransferRequest,
  response: OwnershipTransferResponse,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'no_registered_owner'],
});

export const listProvenanceLookups = operation({
  id: 'listProvenanceLookups',
  method: 'GET',
  path: '/v1/items/{serial}/lookups',
  // Brand only: the audit names the keys that looked a piece up, other retailers' among them.
  access: { keys: ['secret'], brandStaff: ['admin', 'analyst'] },
  summary: 'The audit of public lookups of a serial, newest first, refused (rate-limited) ones included.',
  tags: ['items'],
  params: ItemParams,
  response: ProvenanceLookupList,
  errors: ['unknown_serial'],
});

export { bookRepair, decideEstimate, getRepair, listRepairs, lookupRepair, rateRepair, transitionRepair };
export { listServiceCentres, listServiceCentreSlots };
export { getServiceMetrics, getCurrentApiKey };
export { consumeSignInLink, getMe, listMySessions, requestSignInLink, revokeMySession, signOut };
export { invitePerson, listPeople, listPersonSessions, revokePersonSession, updatePerson };
export { createApiKey, listApiKeys, revokeApiKey };
export { exportAuditLog, listAuditLog };
export { listRetailers };
export { listStock, listStockAlerts, recordDelivery, recordReturn };
export { recognisePiece };
export { getBrandSettings, updateBrandSettings, importStockMovements, getRetailerBenchmarks };
export { listRetailerNotes, markRetailerNotesRead };
export { listSales, voidSale };
export { countSegment, exportSegment, listBuiltInSegments, listSegmentMembers };

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
  getCurrentApiKey,
  requestSignInLink,
  consumeSignInLink,
  getMe,
  signOut,
  listMySessions,
  revokeMySession,
  listPeople,
  invitePerson,
  updatePerson,
  listPersonSessions,
  revokePersonSession,
  passkeySignInOptions,
  signInWithPasskey,
  myPasskeyRegistrationOptions,
  registerMyPasskey,
  listMyPasskeys,
  deleteMyPasskey,
  listApiKeys,
  createApiKey,
  revokeApiKey,
  listAuditLog,
  exportAuditLog,
  listRetailers,
  recordDelivery,
  recordReturn,
  listStock,
  listStockAlerts,
  recognisePiece,
  importStockMovements,
  getRetailerBenchmarks,
  getBrandSettings,
  updateBrandSettings,
  listRetailerNotes,
  markRetailerNotesRead,
  listSales,
  voidSale,
  listBuiltInSegments,
  countSegment,
  listSegmentMembers,
  exportSegment,
] as const;
