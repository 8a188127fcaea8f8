/**
 * The access matrix: for every operation of the contract, what each kind of caller gets — the one
 * table a reviewer reads to know who may do what. `access-matrix.test.ts` calls every operation as
 * every principal below, on both databases, and compares; an operation without a row, or a row
 * for an operation that is gone, fails it. Add the row in the commit that adds the operation.
 *
 * The contract's `access` says who is admitted (403 before the handler otherwise); this table
 * also says what scoping does once admitted: a row of another brand, or of another retailer,
 * answers 404 like an unknown id (no existence oracle), and a retailer naming another retailer in
 * a body is refused with 403.
 *
 * Every principal calls with the request the first retailer (or the brand) would send: the first
 * retailer's id in bodies, a repair left with the first retailer, pieces of the first brand.
 */

/** Who calls, in the order of the table's columns. */
export const matrixPrincipals = [
  /** The brand site's `pk_…` key, from one of its allowed origins. */
  'publishableKey',
  /** The brand's `sk_…` key, from a server. */
  'secretKey',
  /** The first retailer's `rk_…` key, from its server. */
  'retailerKey',
  /** Brand staff signed in to the console, by role. */
  'admin',
  'serviceDesk',
  'concierge',
  'analyst',
  /** Staff of the first retailer, signed in to the console. */
  'retailerManager',
  'retailerAssociate',
  /** A second brand's secret key, against the first brand's rows. */
  'otherBrandSecretKey',
  /** The manager of a second retailer of the brand, against the first retailer's rows. */
  'otherRetailerManager',
  /** An owner signed in to the owner space (their cookie, from the brand's site), holding a piece of the brand. */
  'owner',
  /** No credential at all. */
  'none',
] as const;

export type MatrixPrincipal = (typeof matrixPrincipals)[number];

/**
 * `allow`: a 2xx answer; 401: no known credential; 403: known, not admitted (or acting for another
 * retailer); 404: not theirs to see; 422: a body naming another brand's retailer, refused as
 * unknown (`unknown_retailer`), or another retailer's note (a field error at `noteIds.N`, as an
 * unknown id), which says nothing about it.
 */
export type AccessOutcome = 'allow' | 401 | 403 | 404 | 422;

export type AccessRow = Readonly<Record<MatrixPrincipal, AccessOutcome>>;

/** One outcome per principal, in the order of `matrixPrincipals`. */
type OutcomePer<Principals extends readonly unknown[]> = { -readonly [Index in keyof Principals]: AccessOutcome };
type RowCells = OutcomePer<typeof matrixPrincipals>;

const allow = 'allow';

function row(...cells: RowCells): AccessRow {
  return Object.fromEntries(matrixPrincipals.map((principal, index) => [principal, cells[index]!])) as Record<MatrixPrincipal, AccessOutcome>;
}

export const accessMatrix: Readonly<Record<string, AccessRow>> = {
  //                          publishable secret retailer admin  desk   concierge analyst  manager associate otherBrand otherRetailer owner  none
  getBrand:              row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      allow,     403,          403,   401),
  activateWarranty:      row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  confirmWarranty:       row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  registerSale:          row(403,        allow, allow,   allow, 403,   403,      403,     allow,  allow,    404,       403,          403,   401),
  listSales:             row(403,        allow, allow,   allow, 403,   403,      403,     allow,  allow,    allow,     allow,        403,   401),
  voidSale:              row(403,        allow, allow,   allow, 403,   403,      403,     allow,  allow,    404,       404,          403,   401),
  recordSalePrice:       row(403,        allow, allow,   allow, 403,   403,      403,     allow,  allow,    404,       404,          403,   401),
  getItem:               row(403,        allow, allow,   allow, allow, allow,    allow,   allow,  allow,    404,       allow,        403,   401),
  getProvenance:         row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  recordModification:    row(403,        allow, allow,   allow, allow, 403,      403,     allow,  allow,    404,       403,          403,   401),
  recordService:         row(403,        allow, 403,     allow, allow, 403,      403,     403,    403,      404,       403,          403,   401),
  reportStolen:          row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  markRecovered:         row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  transferOwnership:     row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  listProvenanceLookups: row(403,        allow, 403,     allow, 403,   403,      allow,   403,    403,      404,       403,          403,   401),
  bookRepair:            row(allow,      allow, allow,   403,   403,   403,      403,     allow,  allow,    404,       allow,        403,   401),
  lookupRepair:          row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  decideEstimate:        row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  rateRepair:            row(allow,      allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  getRepair:             row(403,        allow, allow,   allow, allow, allow,    403,     allow,  allow,    404,       404,          403,   401),
  transitionRepair:      row(403,        allow, 403,     allow, allow, 403,      403,     403,    403,      404,       403,          403,   401),
  listRepairs:           row(403,        allow, allow,   allow, allow, allow,    403,     allow,  allow,    allow,     allow,        403,   401),
  listServiceCentres:    row(allow,      allow, allow,   403,   403,   403,      403,     allow,  allow,    allow,     allow,        403,   401),
  listServiceCentreSlots: row(allow,     allow, allow,   403,   403,   403,      403,     403,    403,      404,       403,          403,   401),
  getServiceMetrics:     row(403,        allow, 403,     allow, allow, 403,      allow,   403,    403,      allow,     403,          403,   401),
  getCurrentApiKey:      row(403,        allow, allow,   403,   403,   403,      403,     403,    403,      allow,     403,          403,   401),
  requestSignInLink:     row(allow,      allow, allow,   allow, allow, allow,    allow,   allow,  allow,    allow,     allow,        allow, allow),
  consumeSignInLink:     row(allow,      allow, allow,   allow, allow, allow,    allow,   allow,  allow,    allow,     allow,        allow, allow),
  getMe:                 row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  signOut:               row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  listMySessions:        row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  revokeMySession:       row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  listPeople:            row(403,        403,   403,     allow, 403,   403,      403,     allow,  403,      403,       allow,        403,   401),
  invitePerson:          row(403,        403,   403,     allow, 403,   403,      403,     allow,  403,      403,       403,          403,   401),
  updatePerson:          row(403,        403,   403,     allow, 403,   403,      403,     allow,  403,      403,       404,          403,   401),
  listPersonSessions:    row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  revokePersonSession:   row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  passkeySignInOptions:  row(allow,      allow, allow,   allow, allow, allow,    allow,   allow,  allow,    allow,     allow,        allow, allow),
  signInWithPasskey:     row(allow,      allow, allow,   allow, allow, allow,    allow,   allow,  allow,    allow,     allow,        allow, allow),
  myPasskeyRegistrationOptions: row(403, 403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  registerMyPasskey:     row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  listMyPasskeys:        row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  deleteMyPasskey:       row(403,        403,   403,     allow, allow, allow,    allow,   allow,  allow,    403,       allow,        403,   401),
  listApiKeys:           row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  createApiKey:          row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  revokeApiKey:          row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  listAuditLog:          row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  exportAuditLog:        row(403,        403,   403,     allow, 403,   403,      403,     403,    403,      403,       403,          403,   401),
  listRetailers:         row(403,        allow, 403,     allow, allow, allow,    allow,   403,    403,      allow,     403,          403,   401),
  listCatalogue:         row(403,        allow, 403,     allow, allow, allow,    allow,   403,    403,      allow,     403,          403,   401),
  recordDelivery:        row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      422,       403,          403,   401),
  recordReturn:          row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      422,       403,          403,   401),
  listStock:             row(403,        allow, allow,   allow, allow, allow,    allow,   allow,  allow,    allow,     allow,        403,   401),
  listStockAlerts:       row(403,        allow, 403,     allow, 403,   403,      allow,   403,    403,      allow,     403,          403,   401),
  recognisePiece:        row(403,        allow, allow,   allow, allow, allow,    403,     allow,  allow,    404,       allow,        403,   401),
  importStockMovements:  row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      422,       403,          403,   401),
  getRetailerBenchmarks: row(403,        allow, allow,   allow, 403,   403,      allow,   allow,  allow,    422,       allow,        403,   401),
  getBrandSettings:      row(403,        allow, 403,     allow, allow, allow,    allow,   403,    403,      allow,     403,          403,   401),
  updateBrandSettings:   row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      allow,     403,          403,   401),
  listRetailerNotes:     row(403,        403,   allow,   403,   403,   403,      403,     allow,  allow,    403,       allow,        403,   401),
  markRetailerNotesRead: row(403,        403,   allow,   403,   403,   403,      403,     allow,  allow,    403,       422,          403,   401),
  listBuiltInSegments:   row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  countSegment:          row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  listSegmentMembers:    row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  exportSegment:         row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  getClient:             row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  getClientTimeline:     row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  getCohortRetention:    row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  getCsatFigures:        row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  getRegistrationRates:  row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  getClvBySegment:       row(403,        allow, 403,     allow, 403,   allow,    allow,   403,    403,      allow,     403,          403,   401),
  getAcquisitionCost:    row(403,        allow, 403,     allow, 403,   403,      allow,   403,    403,      allow,     403,          403,   401),
  listCareRules:         row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      allow,     403,          403,   401),
  putCareRule:           row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      allow,     403,          403,   401),
  deleteCareRule:        row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      404,       403,          403,   401),
  listExchangeRates:     row(403,        allow, 403,     allow, 403,   403,      allow,   403,    403,      allow,     403,          403,   401),
  setExchangeRates:      row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      allow,     403,          403,   401),
  deleteExchangeRate:    row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      404,       403,          403,   401),
  listAcquisitionSpend:  row(403,        allow, 403,     allow, 403,   403,      allow,   403,    403,      allow,     403,          403,   401),
  putAcquisitionSpend:   row(403,        allow, 403,     allow, 403,   403,      403,     403,    403,      allow,     403,          403,   401),
  deleteAcquisitionSpend: row(403,       allow, 403,     allow, 403,   403,      403,     403,    403,      404,       403,          403,   401),
  listCareReminders:     row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  getCareReminder:       row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  personaliseCareReminder: row(403,      allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  holdCareReminder:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  releaseCareReminder:   row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  sendCareReminderNow:   row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  dropCareReminder:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  getCareReminderFigures: row(403,       allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  createClientNote:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  listClientNotes:       row(403,        allow, allow,   allow, 403,   allow,    403,     allow,  allow,    allow,     allow,        403,   401),
  deleteClientNote:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  requestOwnerSignIn:    row(allow,      403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          403,   401),
  verifyOwnerSignIn:     row(allow,      403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          403,   401),
  getOwnerSession:       row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  signOutOwner:          row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  listMyPieces:          row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyPiece:            row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  reportMyPieceStolen:   row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  reportMyPieceLost:     row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  reportMyPieceFound:    row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyPreferences:      row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  updateMyPreferences:   row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  listMyProfileShares:   row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  shareMyProfile:        row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  revokeMyProfileShare:  row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  exportMyData:          row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  eraseMyAccount:        row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  listInvitations:       row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  createInvitation:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  getInvitation:         row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  updateInvitation:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  sendInvitation:        row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  listMyInvitations:     row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  answerMyInvitation:    row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  listBrandNews:         row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  createBrandNews:       row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      allow,     403,          403,   401),
  updateBrandNews:       row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  publishBrandNews:      row(403,        allow, 403,     allow, 403,   allow,    403,     403,    403,      404,       403,          403,   401),
  listMyBrandNews:       row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyPieceDossier:     row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyPieceDossierPdf:  row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyCalendarFeed:     row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  createMyCalendarFeed:  row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  stopMyCalendarFeed:    row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  transferMyPiece:       row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  getMyPieceTransfer:    row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  cancelMyPieceTransfer: row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  // Owners' passkeys: signing in with one is the brand page's (its key), as the e-mailed code; the rest is the owner's own.
  ownerPasskeySignInOptions: row(allow,  403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          403,   401),
  signInOwnerWithPasskey: row(allow,     403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          403,   401),
  myOwnerPasskeyRegistrationOptions: row(403, 403, 403,  403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  registerMyOwnerPasskey: row(403,       403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  listMyOwnerPasskeys:   row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
  deleteMyOwnerPasskey:  row(403,        403,   403,     403,   403,   403,      403,     403,    403,      403,       403,          allow, 401),
};

/** The table as the server README shows it (its Access section; a test keeps the two equal). */
export function accessMatrixMarkdown(): string {
  const cell = (outcome: AccessOutcome) => (outcome === 'allow' ? '✓' : String(outcome));
  const lines = [`| operation | ${matrixPrincipals.join(' | ')} |`, `| --- |${' :-: |'.repeat(matrixPrincipals.length)}`];
  for (const [operationId, outcomes] of Object.entries(accessMatrix)) {
    lines.push(`| \`${operationId}\` | ${matrixPrincipals.map((principal) => cell(outcomes[principal])).join(' | ')} |`);
  }
  return lines.join('\n');
}
