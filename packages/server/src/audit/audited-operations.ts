/**
 * Which calls the audit log records, and what each names as its target — declared once, here, and
 * applied by register-operations to every operation, so a feature never calls `recordAudit` itself.
 *
 * - **Every write** (a method other than GET) by a server key (secret, retailer) or a person
 *   signed in to the console: one row, whether it succeeded (`ok`) or was refused by its rules
 *   (the error code), committed in the write's own unit of work. A 5xx rolls the unit back, row
 *   included: nothing happened. An idempotent replay is not a new write and adds none.
 * - **Reads of personal data**, listed in `personalDataReads`: one row per call reaching the
 *   handler, by anyone admitted.
 * - **Not the publishable key.** Its calls are the public's, through the brand's pages: the key
 *   names a site, not who acted, and each such act proves itself with a secret (card code,
 *   e-mailed token, tracking code and e-mail) and is recorded where it belongs — consents and
 *   estimate decisions with their time and address, public lookups in the provenance lookup audit
 *   (with its own budgets). Recording them here would let anyone write to the log at the rate of
 *   the public API and drown the staff's acts it exists to show.
 * - **Not an owner in their space** (features/owner-space), for the same reason: the log is the
 *   staff's and the keys'; an owner's acts are on their own pieces and sessions, and are kept where
 *   they belong (their sessions, a piece's provenance events).
 * - Refusals before the handler (401, 403, 422 on the request's shape) are not acts and add none.
 */
import type { Operation } from '@atelier/client/contract';
import type { AnonymousCaller, Caller } from '../http/principal.ts';
import type { AuditTarget } from './record-audit.ts';

/**
 * GET operations whose answer holds personal data: a repair's contact (name, e-mail), an owner's,
 * the audit log itself (who acted, from which address), the staff's addresses and a person's
 * sessions (addresses, devices), and a retailer's recognition of a piece (`recognisePiece`: it
 * tells a retailer about someone's client, and names them when shared — every lookup is kept, an
 * unknown serial's too, so probing shows), a segment's members and exports (clients' names and
 * addresses), a client's profile and timeline (who they are, what they own, what they said), and
 * the brand's notes about clients, and the concierge's reminders (owners' names, what is written to them).
 * A person's reads of their own (getMe, listMySessions) are not listed.
 */
export const personalDataReads: ReadonlySet<string> = new Set(['getRepair', 'listRepairs', 'listAuditLog', 'exportAuditLog', 'listPeople', 'listPersonSessions', 'recognisePiece', 'listSales', 'listSegmentMembers', 'exportSegment', 'getClient', 'getClientTimeline', 'listClientNotes', 'listCareReminders', 'getCareReminder']);

/** What a call's row names as its target, from the validated input and, when it succeeded, the answer. */
type TargetOf = (call: { params: Record<string, string>; query: Record<string, unknown>; body: Record<string, unknown>; result: Record<string, unknown> | undefined; caller: Caller }) => AuditTarget | null;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const targetIf = (kind: string, id: string | undefined): AuditTarget | null => (id === undefined ? null : { kind, id });

const itemOfPath: TargetOf = ({ params }) => targetIf('item', params['serial']);
const itemOfBody: TargetOf = ({ body }) => targetIf('item', text(body['serial']));
const repairOfPath: TargetOf = ({ params }) => targetIf('repair', params['trackingCode']);
const repairOfBody: TargetOf = ({ body }) => targetIf('repair', text(body['trackingCode']));
const personOfResult: TargetOf = ({ result }) => targetIf('person', text(result?.['id']));
const personSignedIn: TargetOf = ({ result }) => targetIf('person', text((result?.['person'] as Record<string, unknown> | undefined)?.['id']));
const sessionOfPath: TargetOf = ({ params }) => targetIf('session', params['sessionId']);
const passkeyOfPath: TargetOf = ({ params }) => targetIf('passkey', params['passkeyId']);
const none: TargetOf = () => null;
const careReminderOfPath: TargetOf = ({ params }) => targetIf('careReminder', params['reminderId']);
const careRuleOfPath: TargetOf = ({ params }) => targetIf('careRule', params['scope'] === undefined || params['key'] === undefined ? undefined : `${params['scope']}:${params['key']}`);
/**
 * A segment as asked: the built-in's name, or the filter (the validated clause, as JSON), and for
 * an export its purpose and channel — what a reader of the log needs to know who was read.
 */
const segmentAsked: TargetOf = ({ query }) => {
  const asked = query['segment'] !== undefined ? String(query['segment']) : JSON.stringify(query['filter'] ?? null);
  return { kind: 'segment', id: query['purpose'] === undefined ? asked : `${asked} for ${String(query['purpose'])} by ${String(query['channel'])}` };
};

/**
 * Targets by operation id. An audited operation not listed names its first path parameter
 * (`{ kind: 'serial', id }`), or nothing without one: list it here to name it properly.
 */
const auditTargets: Readonly<Record<string, TargetOf>> = {
  activateWarranty: itemOfBody,
  confirmWarranty: ({ result }) => targetIf('item', text((result?.['warranty'] as Record<string, unknown> | undefined)?.['serial'])),
  registerSale: itemOfBody,
  listSales: none,
  voidSale: ({ params }) => targetIf('sale', params['saleId']),
  recordSalePrice: ({ params }) => targetIf('sale', params['saleId']),
  recordModification: itemOfPath,
  recordService: itemOfPath,
  reportStolen: itemOfPath,
  markRecovered: itemOfPath,
  transferOwnership: itemOfPath,
  bookRepair: ({ result }) => targetIf('repair', text(result?.['trackingCode'])),
  lookupRepair: repairOfBody,
  decideEstimate: repairOfBody,
  rateRepair: repairOfBody,
  getRepair: repairOfPath,
  transitionRepair: repairOfPath,
  listRepairs: none,
  createApiKey: ({ result }) => targetIf('apiKey', text(result?.['id'])),
  revokeApiKey: ({ params }) => targetIf('apiKey', params['id']),
  listAuditLog: none,
  listSegmentMembers: segmentAsked,
  exportSegment: segmentAsked,
  getClient: ({ params }) => targetIf('client', params['clientId']),
  getClientTimeline: ({ params }) => targetIf('client', params['clientId']),
  createClientNote: ({ result }) => targetIf('clientNote', text(result?.['id'])),
  // The subject asked about, when the listing names one.
  listClientNotes: ({ query }) =>
    targetIf('client', text(query['clientId'])) ?? targetIf('item', text(query['serial'])) ?? targetIf('repair', text(query['trackingCode'])),
  deleteClientNote: ({ params }) => targetIf('clientNote', params['noteId']),
  createInvitation: ({ result }) => targetIf('invitation', text(result?.['id'])),
  updateInvitation: ({ params }) => targetIf('invitation', params['invitationId']),
  sendInvitation: ({ params }) => targetIf('invitation', params['invitationId']),
  createBrandNews: ({ result }) => targetIf('brandNews', text(result?.['id'])),
  updateBrandNews: ({ params }) => targetIf('brandNews', params['newsId']),
  publishBrandNews: ({ params }) => targetIf('brandNews', params['newsId']),
  exportAuditLog: none,
  // Console sign-in and people. A sign-in by a key acts for nobody; a person's own acts name what they act on.
  consumeSignInLink: personSignedIn,
  signInWithPasskey: personSignedIn,
  signOut: ({ caller }) => targetIf('session', 'sessionId' in caller ? caller.sessionId : undefined),
  revokeMySession: sessionOfPath,
  invitePerson: personOfResult,
  updatePerson: ({ params }) => targetIf('person', params['personId']),
  revokePersonSession: sessionOfPath,
  myPasskeyRegistrationOptions: ({ caller }) => targetIf('person', caller.actor.id),
  registerMyPasskey: ({ result }) => targetIf('passkey', text(result?.['id'])),
  deleteMyPasskey: passkeyOfPath,
  recordDelivery: ({ result }) => targetIf('stockMovement', text(result?.['id'])),
  recordReturn: ({ result }) => targetIf('stockMovement', text(result?.['id'])),
  recognisePiece: itemOfPath,
  importStockMovements: ({ result }) => targetIf('stockMovement', text(result?.['id'])),
  updateBrandSettings: ({ caller }) => targetIf('brand', caller.brandId),
  // The rule as `scope:key` (`collection:Corniche`): what a reader of the log recognises.
  putCareRule: careRuleOfPath,
  deleteCareRule: careRuleOfPath,
  // Rates as `currency:from..to` and spend as `month:channel`: what a reader of the log recognises.
  setExchangeRates: ({ body }) => targetIf('exchangeRate', `${text(body['currency'])}:${text(body['fromMonth'])}..${text(body['toMonth'])}`),
  deleteExchangeRate: ({ params }) => targetIf('exchangeRate', `${params['currency']}:${params['month']}`),
  putAcquisitionSpend: ({ params }) => targetIf('acquisitionSpend', `${params['month']}:${params['channel']}`),
  deleteAcquisitionSpend: ({ params }) => targetIf('acquisitionSpend', `${params['month']}:${params['channel']}`),
  listCareReminders: none,
  getCareReminder: careReminderOfPath,
  personaliseCareReminder: careReminderOfPath,
  holdCareReminder: careReminderOfPath,
  releaseCareReminder: careReminderOfPath,
  sendCareReminderNow: careReminderOfPath,
  dropCareReminder: careReminderOfPath,
  // The notes marked, by id, comma-separated (at most retailerNotesMarkMax).
  markRetailerNotesRead: ({ body }) => {
    const ids = Array.isArray(body['noteIds']) ? body['noteIds'].filter((id): id is string => typeof id === 'string') : [];
    return targetIf('retailerNote', ids.length > 0 ? ids.join(',') : undefined);
  },
};

/** Whether `caller`'s call of `operation` gets an audit row. */
export function isAudited(operation: Operation, caller: Pick<Caller | AnonymousCaller, 'kind'>): boolean {
  // The public's calls (a publishable key) and calls before anyone is known (signing in) name no actor.
  if (caller.kind === 'publishableKey' || caller.kind === 'anonymous' || caller.kind === 'owner') return false;
  return operation.method !== 'GET' || personalDataReads.has(operation.id);
}

/** The target an audited call names. */
export function auditTargetOf(operation: Operation, call: { params: unknown; query?: unknown; body: unknown; result: unknown; caller: Caller }): AuditTarget | null {
  const asRecord = (value: unknown) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined);
  const params = (asRecord(call.params) ?? {}) as Record<string, string>;
  const input = { params, query: asRecord(call.query) ?? {}, body: asRecord(call.body) ?? {}, result: asRecord(call.result), caller: call.caller };
  const declared = auditTargets[operation.id];
  if (declared) return declared(input);
  const [name, id] = Object.entries(params)[0] ?? [];
  return name === undefined || id === undefined ? null : { kind: name, id };
}
