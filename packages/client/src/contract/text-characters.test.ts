/**
 * Line breaks and control characters, over the whole contract: every text a request carries (body,
 * path or query, on every operation) refuses them, with a field error at that field, and the
 * multi-line fields listed below keep their line breaks but refuse the rest. The walk finds every
 * string field of every operation's schemas, so a new operation, or a new text field, without the
 * check fails here (and so does one missing from the valid requests below).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { multiLine, multiLineText } from './repairs.ts';
import type { Operation } from './operation.ts';
import { operations } from './operations.ts';
import { singleLine, singleLineText } from './text-characters.ts';
import { toFieldErrors } from './validation.ts';

/** What a client is told for a character out of place (the checks' own words). */
const singleLineWords = 'No line breaks or control characters.';
const multiLineWords = 'No control characters other than line breaks.';

type RequestPart = 'params' | 'query' | 'request';
const requestParts: readonly RequestPart[] = ['params', 'query', 'request'];

const localeTexts = <Text>(text: (locale: string) => Text) => Object.fromEntries(['en', 'fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant'].map((locale) => [locale, text(locale)]));
/**
 * The audiences of the segment language, between them giving each field of a condition a value. The
 * `in` lists are the collections' (single-line text): a country's code or a language refuses a
 * character out of place by its own format, at the same path.
 */
const audiences = [
  { segment: 'vip', filter: { kind: 'collection', in: ['Corniche', "Lune d'Or"] } },
  { filter: { kind: 'piecesOwned', op: '>=', value: 1 } },
  { filter: { kind: 'lastServiceBefore', date: '2025-01-01' } },
  { filter: { kind: 'consent', channel: 'email', purpose: 'marketing', granted: true } },
];
const invitationRequests = audiences.map((audience) => ({
  request: {
    texts: localeTexts((locale) => ({ title: `An evening (${locale})`, description: 'Meet our watchmakers.\nChampagne at seven.' })),
    place: { name: 'Manufacture Aubert', address: '12 rue des Horlogers\n1204 Genève', city: 'Genève', country: 'CH' },
    startsAt: { date: '2027-03-12', time: '18:30', timeZone: 'Europe/Zurich' },
    capacity: 40,
    audience,
  },
}));
const newsRequests = audiences.map((audience) => ({
  request: {
    texts: localeTexts((locale) => ({ title: `The Corniche in bronze (${locale})`, body: 'Our diver, cast in bronze.\n\nIn boutiques in spring.' })),
    link: 'https://www.maison-aubert.example/corniche-bronze',
    audience,
  },
}));

/** Valid parts of a request for each operation; together they give every string field a value. */
const validRequests: Record<string, Array<Partial<Record<RequestPart, Record<string, unknown>>>>> = {
  getBrand: [],
  activateWarranty: [
    {
      request: {
        serial: 'FX-100001',
        cardCode: 'ABCD-EFGH',
        purchaseDate: '2026-11-20',
        retailerId: 'ret_paris',
        owner: { name: 'Jeanne Martin', email: 'jeanne@example.com', country: 'FR', language: 'fr' },
        gift: { recipientName: 'Paul Martin', recipientEmail: 'paul@example.com', recipientLanguage: 'en' },
        consents: { service: true, marketing: false },
      },
    },
  ],
  confirmWarranty: [{ request: { token: 'aB3dE5gH7jK9mN1pQ3sT5v', consents: { service: true, marketing: false, wording: 'Messages from us: service reminders, yes.' } } }],
  registerSale: [
    {
      request: {
        serial: 'FX-100001',
        retailerId: 'ret_paris',
        purchaseDate: '2026-11-20',
        buyer: { name: 'Jeanne Martin', email: 'jeanne@example.com', country: 'FR', language: 'fr' },
        gift: { recipientName: 'Paul Martin', recipientEmail: 'paul@example.com', recipientLanguage: 'de' },
        price: { currency: 'CHF', amountMinorUnits: 1_250_000 },
      },
    },
  ],
  getItem: [{ params: { serial: 'FX-100001' } }],
  getProvenance: [{ params: { serial: 'FX-100001' } }],
  recordModification: [{ params: { serial: 'FX-100001' }, request: { what: 'Strap replaced', retailerId: 'ret_paris', date: '2026-11-20' } }],
  recordService: [{ params: { serial: 'FX-100001' }, request: { serviceType: 'full_service', serviceCentreId: 'svc_paris', date: '2026-11-20' } }],
  reportStolen: [{ params: { serial: 'FX-100001' }, request: { country: 'FR', city: 'Lyon' } }],
  markRecovered: [{ params: { serial: 'FX-100001' }, request: { country: 'CH', city: 'Genève' } }],
  transferOwnership: [{ params: { serial: 'FX-100001' }, request: { newOwner: { name: 'Kenji Morita', email: 'kenji@example.jp', country: 'JP', language: 'ja' } } }],
  listProvenanceLookups: [{ params: { serial: 'FX-100001' } }],
  bookRepair: [
    {
      request: {
        serial: 'FX-100001',
        serviceType: 'full_service',
        description: 'Loses two minutes a day.\nThe crown is stiff.',
        serviceCentreId: 'svc_paris',
        dropOff: { method: 'slot', slotId: 'slot_123' },
        contact: { name: 'Jeanne Martin', email: 'jeanne@example.com', language: 'fr' },
      },
    },
  ],
  lookupRepair: [{ request: { trackingCode: '7XK2-M9QD-R4TB', email: 'jeanne@example.com' } }, { request: { trackingCode: '7XK2-M9QD-R4TB', linkToken: 'aB3dE5gH7jK9mN1pQ3sT5v' } }],
  decideEstimate: [
    { request: { trackingCode: '7XK2-M9QD-R4TB', email: 'jeanne@example.com', decision: 'approve', name: 'Jeanne Martin' } },
    { request: { trackingCode: '7XK2-M9QD-R4TB', linkToken: 'aB3dE5gH7jK9mN1pQ3sT5v', decision: 'decline', name: 'Jeanne Martin' } },
  ],
  rateRepair: [
    { request: { trackingCode: '7XK2-M9QD-R4TB', email: 'jeanne@example.com', score: 5, comment: 'Quick and careful.\nThank you.' } },
    { request: { trackingCode: '7XK2-M9QD-R4TB', linkToken: 'aB3dE5gH7jK9mN1pQ3sT5v', score: 4 } },
  ],
  getRepair: [{ params: { trackingCode: '7XK2-M9QD-R4TB' } }],
  transitionRepair: [
    {
      params: { trackingCode: '7XK2-M9QD-R4TB' },
      request: {
        to: 'awaiting_approval',
        note: 'Mainspring worn.\nCase scratched.',
        estimate: { currency: 'EUR', lineItems: [{ description: 'Full service', amountMinorUnits: 65000 }], validUntil: '2026-12-31' },
        promisedDate: '2026-12-20',
      },
    },
    { params: { trackingCode: '7XK2-M9QD-R4TB' }, request: { to: 'returned', charged: { currency: 'CHF', amountMinorUnits: 8_000 } } },
  ],
  listRepairs: [
    { query: { status: 'diagnosed', serviceCentreId: 'svc_paris', flagged: 'true', limit: '25', cursor: 'eyJjIjoiMjAyNiJ9' } },
    { query: { status: ['received', 'diagnosed'] } },
  ],
  listServiceCentres: [{ query: { country: 'FR', service: 'full_service', near: '48.8566,2.3522' } }],
  listServiceCentreSlots: [{ params: { serviceCentreId: 'svc_paris' }, query: { from: '2026-12-01', to: '2026-12-31' } }],
  getServiceMetrics: [],
  getCurrentApiKey: [],
  requestSignInLink: [{ request: { email: 'jeanne@maison.example', language: 'fr' } }],
  consumeSignInLink: [{ request: { token: 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3' } }],
  getMe: [],
  signOut: [],
  listMySessions: [],
  revokeMySession: [{ params: { sessionId: 'ses_123' } }],
  listPeople: [{ query: { retailerId: 'ret_paris', status: 'active' } }],
  invitePerson: [{ request: { email: 'paul@maison.example', displayName: 'Paul Martin', role: 'manager', retailerId: 'ret_paris', language: 'fr' } }],
  updatePerson: [{ params: { personId: 'psn_123' }, request: { role: 'associate', status: 'deactivated', displayName: 'Paul Martin' } }],
  listPersonSessions: [{ params: { personId: 'psn_123' } }],
  revokePersonSession: [{ params: { personId: 'psn_123', sessionId: 'ses_123' } }],
  passkeySignInOptions: [],
  signInWithPasskey: [
    {
      request: {
        response: {
          id: 'Y3JlZGVudGlhbA',
          rawId: 'Y3JlZGVudGlhbA',
          type: 'public-key',
          response: { clientDataJSON: 'eyJ0eXBlIjoid2ViYXV0aG4uZ2V0In0', authenticatorData: 'SZYN5YgOjGh0NBcP', signature: 'MEUCIQDx', userHandle: 'cHNuXzEyMw' },
          authenticatorAttachment: 'platform',
          clientExtensionResults: {},
        },
      },
    },
  ],
  myPasskeyRegistrationOptions: [],
  registerMyPasskey: [
    {
      request: {
        response: {
          id: 'Y3JlZGVudGlhbA',
          rawId: 'Y3JlZGVudGlhbA',
          type: 'public-key',
          response: { clientDataJSON: 'eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0', attestationObject: 'o2NmbXRkbm9uZQ', transports: ['internal', 'hybrid'] },
          authenticatorAttachment: 'cross-platform',
          clientExtensionResults: {},
        },
        deviceLabel: 'MacBook Air',
      },
    },
  ],
  listMyPasskeys: [],
  deleteMyPasskey: [{ params: { passkeyId: 'pk_123' } }],
  listApiKeys: [],
  createApiKey: [
    { request: { kind: 'publishable', label: 'Brand site', allowedOrigins: ['https://maison.example'] } },
    { request: { kind: 'retailer', label: 'Paris boutique POS', retailerId: 'ret_paris' } },
  ],
  revokeApiKey: [{ params: { id: 'key_123' } }],
  listAuditLog: [
    { query: { actorId: 'psn_123', operation: 'registerSale', targetKind: 'item', targetId: 'FX-100001', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z', limit: '50', cursor: 'eyJjIjoiMjAyNiJ9' } },
  ],
  exportAuditLog: [{ query: { actorId: 'psn_123', operation: 'registerSale', targetKind: 'item', targetId: 'FX-100001', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } }],
  listRetailers: [],
  listCatalogue: [],
  listSales: [{ query: { retailerId: 'ret_paris', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  voidSale: [{ params: { saleId: 'wty_123' }, request: { reason: 'Registered the wrong piece' } }],
  recordSalePrice: [{ params: { saleId: 'wty_123' }, request: { price: { currency: 'CHF', amountMinorUnits: 1_250_000 } } }],
  requestOwnerSignIn: [{ request: { email: 'jeanne@example.com', returnUrl: 'https://www.maison.example/mon-espace' } }],
  verifyOwnerSignIn: [{ request: { token: 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3' } }, { request: { email: 'jeanne@example.com', code: '1234 5678' } }],
  getOwnerSession: [],
  signOutOwner: [{ request: { everywhere: true } }],
  listMyPieces: [],
  getMyPiece: [{ params: { serial: 'FX-100001' } }],
  reportMyPieceStolen: [{ params: { serial: 'FX-100001' }, request: { country: 'FR', city: 'Paris' } }],
  reportMyPieceLost: [{ params: { serial: 'FX-100001' }, request: {} }],
  reportMyPieceFound: [{ params: { serial: 'FX-100001' }, request: { country: 'FR', city: 'Lyon' } }],
  getMyPreferences: [],
  updateMyPreferences: [{ request: { channels: [{ channel: 'email', choice: 'service_only' }], language: 'fr', quietPeriod: { from: '2027-07-01', until: '2027-07-31' }, wording: "E-mail : l'entretien de mes pièces uniquement." } }],
  listMyProfileShares: [],
  shareMyProfile: [{ request: { retailerId: 'ret_paris' } }],
  revokeMyProfileShare: [{ params: { shareId: 'shr_4Fh2kQ9x' } }],
  exportMyData: [],
  eraseMyAccount: [{ request: { confirm: true } }],
  getMyPieceDossier: [{ params: { serial: 'FX-100001' } }],
  getMyPieceDossierPdf: [{ params: { serial: 'FX-100001' } }],
  getMyCalendarFeed: [],
  createMyCalendarFeed: [{ request: {} }],
  stopMyCalendarFeed: [],
  ownerPasskeySignInOptions: [],
  myOwnerPasskeyRegistrationOptions: [],
  listMyOwnerPasskeys: [],
  deleteMyOwnerPasskey: [{ params: { passkeyId: 'opk_123' } }],
  transferMyPiece: [{ params: { serial: 'FX-100001' }, request: { kind: 'gift', newOwner: { name: "Zoë O'Hara-Nakamura 中村", email: 'zoe@example.com', language: 'ja', country: 'JP' } } }],
  getMyPieceTransfer: [{ params: { serial: 'FX-100001' } }],
  cancelMyPieceTransfer: [{ params: { serial: 'FX-100001' } }],
  recordDelivery: [{ request: { retailerId: 'ret_paris', serials: ['FX-100001', 'FX-100002'], date: '2026-11-20', reference: 'DN-2026-118' } }],
  recordReturn: [{ request: { retailerId: 'ret_paris', serials: ['FX-100001'], date: '2026-11-24', reference: 'RT-2026-7' } }],
  listStock: [{ query: { retailerId: 'ret_paris', modelId: 'mdl_123', minDaysInStock: '90', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  listStockAlerts: [],
  recognisePiece: [{ params: { serial: 'FX-100001' } }],
  importStockMovements: [{ request: { csv: 'kind,serial,retailerId,date,reference\ndelivery,FX-100001,ret_paris,2026-11-20,DN-7\n', dryRun: true } }],
  getRetailerBenchmarks: [{ query: { retailerId: 'ret_paris' } }],
  getBrandSettings: [],
  updateBrandSettings: [{ request: { agedStockDays: 120, reportingCurrency: 'CHF' } }],
  listExchangeRates: [{ query: { fromMonth: '2026-01', toMonth: '2026-12' } }],
  setExchangeRates: [{ request: { currency: 'JPY', fromMonth: '2026-01', toMonth: '2026-12', rate: '0.0061' } }],
  deleteExchangeRate: [{ params: { currency: 'JPY', month: '2026-03' } }],
  listAcquisitionSpend: [{ query: { fromMonth: '2026-01', toMonth: '2026-12' } }],
  putAcquisitionSpend: [{ params: { month: '2026-03', channel: 'brand_led' }, request: { amount: { currency: 'EUR', amountMinorUnits: 4_500_000 } } }],
  deleteAcquisitionSpend: [{ params: { month: '2026-03', channel: 'retailer_assisted' } }],
  listRetailerNotes: [{ query: { unread: 'true', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  markRetailerNotesRead: [{ request: { noteIds: ['rnt_123', 'rnt_456'] } }],
  listBuiltInSegments: [],
  countSegment: [{ query: { segment: 'vip' } }, { query: { filter: '{"kind":"country","in":["JP"]}' } }],
  listSegmentMembers: [{ query: { segment: 'lapsed' } }, { query: { filter: '{"kind":"customerType","in":["collector"]}', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  exportSegment: [{ query: { segment: 'at_risk', purpose: 'service', channel: 'email' } }, { query: { filter: '{"kind":"serviceDue","withinDays":90}', purpose: 'marketing', channel: 'email' } }],
  getClient: [{ params: { clientId: 'own_4Fh2kQ9x-Zt_w' } }],
  getClientTimeline: [{ params: { clientId: 'own_4Fh2kQ9x-Zt_w' } }],
  getCohortRetention: [],
  getCsatFigures: [],
  getRegistrationRates: [],
  getClvBySegment: [],
  getAcquisitionCost: [],
  listCareRules: [],
  putCareRule: [
    {
      params: { scope: 'collection', key: "Lune d'Or" },
      request: { waterResistanceCheckIntervalMonths: 24, warrantyCondition: { careKind: 'water_resistance_check', text: 'A water-resistance check every 2 years keeps the warranty.' } },
    },
  ],
  deleteCareRule: [{ params: { scope: 'model', key: '2230T-TI' } }],
  listCareReminders: [{ query: { status: 'draft', careKind: 'service', dueFrom: '2026-12-01', dueTo: '2026-12-31', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  getCareReminder: [{ params: { reminderId: 'crem_4Fh2kQ9x' } }],
  personaliseCareReminder: [{ params: { reminderId: 'crem_4Fh2kQ9x' }, request: { subject: "Votre Lune d'Or et son contrôle", personalNote: 'Au plaisir de vous revoir.\nMarie, boutique de Genève' } }],
  holdCareReminder: [{ params: { reminderId: 'crem_4Fh2kQ9x' } }],
  releaseCareReminder: [{ params: { reminderId: 'crem_4Fh2kQ9x' } }],
  sendCareReminderNow: [{ params: { reminderId: 'crem_4Fh2kQ9x' } }],
  dropCareReminder: [{ params: { reminderId: 'crem_4Fh2kQ9x' }, request: { reason: 'The owner called.\nAlready booked at the boutique.' } }],
  getCareReminderFigures: [{ query: { from: '2026-01-01', to: '2026-12-31' } }],
  createClientNote: [
    { request: { clientId: 'own_4Fh2kQ9x-Zt_w', visibility: 'brand', text: 'Prefers Saturday fittings.\nAsk for Marie.', retainUntil: '2028-12-31' } },
    { request: { serial: 'FX-100001', visibility: 'retailer_of_record', text: 'Strap kept aside', retainUntil: '2028-12-31' } },
    { request: { trackingCode: '7XK2-M9QD-R4TB', visibility: 'all_retailers', text: 'Owner will collect', retainUntil: '2028-12-31' } },
  ],
  listClientNotes: [{ query: { clientId: 'own_4Fh2kQ9x-Zt_w', serial: 'FX-100001', trackingCode: '7XK2-M9QD-R4TB', q: 'fitting', cursor: 'eyJjIjoiMjAyNiJ9' } }],
  deleteClientNote: [{ params: { noteId: 'cnt_4Fh2kQ9x' } }],
  listInvitations: [],
  createInvitation: invitationRequests,
  getInvitation: [{ params: { invitationId: 'inv_4Fh2kQ9x' } }],
  updateInvitation: invitationRequests.map((request) => ({ params: { invitationId: 'inv_4Fh2kQ9x' }, ...request })),
  sendInvitation: [{ params: { invitationId: 'inv_4Fh2kQ9x' } }],
  listMyInvitations: [],
  answerMyInvitation: [{ params: { invitationId: 'inv_4Fh2kQ9x' }, request: { answer: 'yes' } }],
  listBrandNews: [],
  createBrandNews: newsRequests,
  updateBrandNews: newsRequests.map((request) => ({ params: { newsId: 'nws_4Fh2kQ9x' }, ...request })),
  publishBrandNews: [{ params: { newsId: 'nws_4Fh2kQ9x' } }],
  listMyBrandNews: [],
};
// The owners' passkeys take the staff's WebAuthn shapes.
validRequests['signInOwnerWithPasskey'] = validRequests['signInWithPasskey']!;
validRequests['registerMyOwnerPasskey'] = validRequests['registerMyPasskey']!;

/** Fields that hold several lines: they keep line feeds and carriage returns. */
const multiLineFields: ReadonlySet<string> = new Set([
  'importStockMovements.request.csv',
  'bookRepair.request.description',
  'rateRepair.request.comment',
  'transitionRepair.request.note',
  'createClientNote.request.text',
  'updateMyPreferences.request.wording',
  'personaliseCareReminder.request.personalNote',
  'dropCareReminder.request.reason',
  ...['en', 'fr', 'de', 'it', 'ja', 'zh-Hans', 'zh-Hant'].flatMap((locale) => [
    `createInvitation.request.texts.${locale}.description`,
    `updateInvitation.request.texts.${locale}.description`,
    `createBrandNews.request.texts.${locale}.body`,
    `updateBrandNews.request.texts.${locale}.body`,
  ]),
  'createInvitation.request.place.address',
  'updateInvitation.request.place.address',
]);

/** Characters no single-line field may hold. */
const lineBreaks = ['\n', '\r'];
const otherControls = [...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !lineBreaks.includes(c)), '\u007f', '\u2028', '\u2029'];
const refusedEverywhere = fc.constantFrom(...otherControls);
const refusedOnOneLine = fc.constantFrom(...lineBreaks, ...otherControls);

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  in?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  checks?: Array<{ _zod: { def: { pattern?: RegExp } } }>;
}

/** Every text field of a schema (strings and enums of strings), by path, `*` standing for an array index. */
function textFields(schema: z.ZodMiniType, path: string[] = [], into = new Map<string, z.ZodMiniType[]>()): Map<string, z.ZodMiniType[]> {
  const def = schema._zod.def as unknown as SchemaDef;
  switch (def.type) {
    case 'string':
    case 'enum':
      into.set(path.join('.'), [...(into.get(path.join('.')) ?? []), schema]);
      break;
    case 'object':
      for (const [key, field] of Object.entries(def.shape!)) textFields(field, [...path, key], into);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      textFields(def.innerType!, path, into);
      break;
    case 'array':
      textFields(def.element!, [...path, '*'], into);
      break;
    case 'pipe':
      textFields(def.in!, path, into);
      break;
    case 'union':
      for (const option of def.options!) textFields(option, path, into);
      break;
    case 'number':
    case 'boolean':
    case 'literal':
      break;
    case 'lazy':
      // A segment filter's nested clauses: their conditions are walked where the clause union lists them.
      break;
    case 'record':
    case 'unknown':
      // Opaque by design: a WebAuthn response's extension results go as given to @simplewebauthn/server, which reads them.
      break;
    default:
      assert.fail(`${path.join('.')}: a ${def.type} schema; teach this walk what its text fields are`);
  }
  return into;
}

/** Whether the field's schema checks its characters itself (rather than through a format of its own). */
function checksCharacters(schema: z.ZodMiniType): boolean {
  const checks = (schema._zod.def as unknown as SchemaDef).checks ?? [];
  return checks.some((check) => check._zod.def.pattern === singleLineText || check._zod.def.pattern === multiLineText);
}

interface TextValue {
  /** Dotted, with real array indices: where a field error points. */
  path: string;
  /** With `*` for indices: the field in `textFields`. */
  field: string;
  value: string;
}

function textValues(value: unknown, path: string[] = []): TextValue[] {
  if (typeof value === 'string') return [{ path: path.join('.'), field: path.map((key) => (/^\d+$/.test(key) ? '*' : key)).join('.'), value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textValues(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textValues(item, [...path, key]));
  return [];
}

function withValueAt(root: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(root);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy;
}

/** The field errors at `path` (or inside it, for a list) when `schema` parses `input`; `''` for all of them. */
function fieldErrorsAt(schema: z.ZodMiniType, input: unknown, path: string) {
  const parsed = z.safeParse(schema, input);
  if (parsed.success) return [];
  return toFieldErrors(parsed.error.issues, input).filter((error) => path === '' || error.path === path || error.path.startsWith(`${path}.`));
}

interface TextCase {
  operation: Operation;
  part: RequestPart;
  schema: z.ZodMiniType;
  request: Record<string, unknown>;
  text: TextValue;
  multiLine: boolean;
  checksCharacters: boolean;
}

const cases: TextCase[] = operations.flatMap((operation) =>
  requestParts.flatMap((part) => {
    const schema = operation[part];
    if (!schema) return [];
    const fields = textFields(schema);
    const requests = (validRequests[operation.id] ?? []).flatMap((request) => (request[part] ? [request[part]] : []));
    return requests.flatMap((request) =>
      textValues(request).map((text) => ({
        operation,
        part,
        schema,
        request,
        text,
        multiLine: multiLineFields.has(`${operation.id}.${part}.${text.field}`),
        checksCharacters: (fields.get(text.field) ?? []).some(checksCharacters),
      })),
    );
  }),
);

/** A text with `character` put inside it (never at an end, which trimming would take away). */
const insideText = (text: string) => fc.integer({ min: 1, max: text.length - 1 });

describe('text fields of the contract', () => {
  it('has a valid request for every operation, giving a value to every text field, each of them valid', () => {
    for (const operation of operations) {
      assert.ok(operation.id in validRequests, `${operation.id}: add its valid requests to validRequests`);
      for (const part of requestParts) {
        const schema = operation[part];
        if (!schema) continue;
        const requests = validRequests[operation.id]!.flatMap((request) => (request[part] ? [request[part]] : []));
        for (const request of requests) assert.deepEqual(fieldErrorsAt(schema, request, ''), [], `${operation.id} ${part}: the valid request is valid`);
        const given = new Set(requests.flatMap((request) => textValues(request).map((text) => text.field)));
        for (const field of textFields(schema).keys()) assert.ok(given.has(field), `${operation.id} ${part}: no valid request gives ${field} a value`);
      }
    }
    for (const field of multiLineFields) assert.ok(cases.some((entry) => `${entry.operation.id}.${entry.part}.${entry.text.field}` === field), `${field} is a field`);
    assert.ok(cases.every((entry) => entry.text.value.length >= 2), 'every text is long enough to put a character inside it');
  });

  it('refuses line breaks and control characters inside every single-line text, with a field error at that field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases.filter((entry) => !entry.multiLine)).chain((entry) => fc.tuple(fc.constant(entry), insideText(entry.text.value), refusedOnOneLine)),
        ([entry, at, character]) => {
          const value = entry.text.value.slice(0, at) + character + entry.text.value.slice(at);
          const errors = fieldErrorsAt(entry.schema, withValueAt(entry.request, entry.text.path, value), entry.text.path);
          const where = `${entry.operation.id} ${entry.part} ${entry.text.path} with U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
          assert.ok(errors.length > 0, `${where} is accepted`);
          // A field with a format of its own (serial, e-mail, date, a choice) refuses it as off that format.
          if (entry.checksCharacters) assert.ok(errors.some((error) => error.code === 'invalid_format' && error.message === singleLineWords), `${where}: ${JSON.stringify(errors)}`);
          else assert.ok(errors.every((error) => ['invalid_format', 'invalid_value'].includes(error.code)), `${where}: ${JSON.stringify(errors)}`);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('keeps line breaks in multi-line texts and refuses every other control character', () => {
    const multiLineCases = cases.filter((entry) => entry.multiLine);
    assert.ok(multiLineCases.length >= multiLineFields.size);
    fc.assert(
      fc.property(
        fc.constantFrom(...multiLineCases).chain((entry) => fc.tuple(fc.constant(entry), insideText(entry.text.value), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), refusedEverywhere)),
        ([entry, at, lineBreak, control]) => {
          const withBreak = entry.text.value.slice(0, at) + lineBreak + entry.text.value.slice(at);
          assert.deepEqual(fieldErrorsAt(entry.schema, withValueAt(entry.request, entry.text.path, withBreak), entry.text.path), []);
          const withControl = entry.text.value.slice(0, at) + control + entry.text.value.slice(at);
          const errors = fieldErrorsAt(entry.schema, withValueAt(entry.request, entry.text.path, withControl), entry.text.path);
          assert.deepEqual(errors.map((error) => [error.code, error.message]), [['invalid_format', multiLineWords]]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts any other text on one line, whatever its script, and refuses exactly the texts holding one of those characters', () => {
    const refused = new Set([...lineBreaks, ...otherControls]);
    const oneLine = z.string().check(singleLine);
    const severalLines = z.string().check(multiLine);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const holds = (characters: (character: string) => boolean) => [...text].some(characters);
        assert.equal(z.safeParse(oneLine, text).success, !holds((character) => refused.has(character)), JSON.stringify(text));
        assert.equal(z.safeParse(severalLines, text).success, !holds((character) => refused.has(character) && !lineBreaks.includes(character)), JSON.stringify(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
