/**
 * The API's operations: the single table the client, the server and the OpenAPI document are built
 * from. Each operation is declared in the module of its capability (`warranties.ts`, `repairs.ts`, …),
 * beside its schemas and its documentation; this table only lists them.
 */
import { deleteAcquisitionSpend, listAcquisitionSpend, putAcquisitionSpend } from './acquisition-spend.ts';
import { createApiKey, getCurrentApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import { exportAuditLog, listAuditLog } from './audit.ts';
import { getBrand } from './brand.ts';
import { getBrandSettings, updateBrandSettings } from './brand-settings.ts';
import { getClient, getClientTimeline } from './clients.ts';
import { getAcquisitionCost, getClvBySegment, getCohortRetention, getCsatFigures, getRegistrationRates } from './insight-figures.ts';
import { deleteCareRule, listCareRules, putCareRule } from './care-rules.ts';
import {
  dropCareReminder,
  getCareReminder,
  getCareReminderFigures,
  holdCareReminder,
  listCareReminders,
  personaliseCareReminder,
  releaseCareReminder,
  sendCareReminderNow,
} from './care-reminders.ts';
import { createClientNote, deleteClientNote, listClientNotes } from './client-notes.ts';
import { deleteExchangeRate, listExchangeRates, setExchangeRates } from './exchange-rates.ts';
import { listProvenanceLookups, markRecovered, recordModification, recordService, reportStolen, transferOwnership } from './item-events.ts';
import { getItem } from './items.ts';
import { deleteMyPasskey, listMyPasskeys, myPasskeyRegistrationOptions, passkeySignInOptions, registerMyPasskey, signInWithPasskey } from './passkeys.ts';
import { invitePerson, listPeople, listPersonSessions, revokePersonSession, updatePerson } from './people.ts';
import {
  getMyPiece,
  getOwnerSession,
  listMyPieces,
  reportMyPieceFound,
  reportMyPieceLost,
  reportMyPieceStolen,
  requestOwnerSignIn,
  signOutOwner,
  verifyOwnerSignIn,
} from './owner-space.ts';
import { getMyPreferences, updateMyPreferences } from './owner-preferences.ts';
import { listMyProfileShares, revokeMyProfileShare, shareMyProfile } from './profile-shares.ts';
import { eraseMyAccount, exportMyData } from './my-data.ts';
import { createInvitation, getInvitation, listInvitations, sendInvitation, updateInvitation } from './invitations.ts';
import { createBrandNews, listBrandNews, publishBrandNews, updateBrandNews } from './brand-news.ts';
import { answerMyInvitation, listMyBrandNews, listMyInvitations } from './from-the-brand.ts';
import { getProvenance } from './provenance.ts';
import { getMyPieceDossier, getMyPieceDossierPdf } from './resale-dossier.ts';
import { createMyCalendarFeed, getMyCalendarFeed, stopMyCalendarFeed } from './owner-calendar-feed.ts';
import {
  deleteMyOwnerPasskey,
  listMyOwnerPasskeys,
  myOwnerPasskeyRegistrationOptions,
  ownerPasskeySignInOptions,
  registerMyOwnerPasskey,
  signInOwnerWithPasskey,
} from './owner-passkeys.ts';
import { cancelMyPieceTransfer, getMyPieceTransfer, transferMyPiece } from './owner-transfers.ts';
import { recognisePiece } from './recognition.ts';
import { listRepairs } from './repair-listing.ts';
import { bookRepair, decideEstimate, getRepair, lookupRepair, rateRepair, transitionRepair } from './repairs.ts';
import { getRetailerBenchmarks } from './retailer-benchmarks.ts';
import { listRetailerNotes, markRetailerNotesRead } from './retailer-notes.ts';
import { listRetailers } from './retailers.ts';
import { listCatalogue } from './catalogue.ts';
import { listSales, recordSalePrice, registerSale, voidSale } from './sales.ts';
import { countSegment, exportSegment, listBuiltInSegments, listSegmentMembers } from './segments.ts';
import { getServiceMetrics } from './service-metrics.ts';
import { listServiceCentres, listServiceCentreSlots } from './service-network.ts';
import { consumeSignInLink, getMe, listMySessions, requestSignInLink, revokeMySession, signOut } from './sign-in.ts';
import { importStockMovements } from './stock-import.ts';
import { listStock, listStockAlerts, recordDelivery, recordReturn } from './stock.ts';
import { activateWarranty, confirmWarranty } from './warranties.ts';

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
  listCatalogue,
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
  recordSalePrice,
  listBuiltInSegments,
  countSegment,
  listSegmentMembers,
  exportSegment,
  getClient,
  getClientTimeline,
  getCohortRetention,
  getCsatFigures,
  getRegistrationRates,
  getClvBySegment,
  getAcquisitionCost,
  listCareRules,
  putCareRule,
  deleteCareRule,
  listCareReminders,
  getCareReminder,
  personaliseCareReminder,
  holdCareReminder,
  releaseCareReminder,
  sendCareReminderNow,
  dropCareReminder,
  getCareReminderFigures,
  createClientNote,
  listClientNotes,
  deleteClientNote,
  requestOwnerSignIn,
  verifyOwnerSignIn,
  getOwnerSession,
  signOutOwner,
  listMyPieces,
  getMyPiece,
  reportMyPieceStolen,
  reportMyPieceLost,
  reportMyPieceFound,
  getMyPreferences,
  updateMyPreferences,
  listMyProfileShares,
  shareMyProfile,
  revokeMyProfileShare,
  exportMyData,
  eraseMyAccount,
  listInvitations,
  createInvitation,
  getInvitation,
  updateInvitation,
  sendInvitation,
  listMyInvitations,
  answerMyInvitation,
  listBrandNews,
  createBrandNews,
  updateBrandNews,
  publishBrandNews,
  listMyBrandNews,
  getMyPieceDossier,
  getMyPieceDossierPdf,
  getMyCalendarFeed,
  createMyCalendarFeed,
  stopMyCalendarFeed,
  ownerPasskeySignInOptions,
  signInOwnerWithPasskey,
  myOwnerPasskeyRegistrationOptions,
  registerMyOwnerPasskey,
  listMyOwnerPasskeys,
  deleteMyOwnerPasskey,
  transferMyPiece,
  getMyPieceTransfer,
  cancelMyPieceTransfer,
  listExchangeRates,
  setExchangeRates,
  deleteExchangeRate,
  listAcquisitionSpend,
  putAcquisitionSpend,
  deleteAcquisitionSpend,
] as const;
