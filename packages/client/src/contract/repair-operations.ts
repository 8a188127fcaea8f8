/**
 * The repair operations, in their own module so the booking and tracker widgets import only the
 * repair schemas. Not yet in the operation table of `operations.ts`: listed there when the server
 * wires the routes.
 */
import { operation, publicAccess } from './operation.ts';
import { RepairList, RepairListQuery, repairListMaxLimit } from './repair-listing.ts';
import {
  EstimateDecisionRequest,
  RatingRequest,
  RepairBookingRequest,
  RepairLookupRequest,
  RepairOrder,
  RepairTracker,
  RepairTransitionParams,
  RepairTransitionRequest,
} from './repairs.ts';

// A lookup with a wrong code or a wrong e-mail answers `unknown_repair` alike, so neither is revealed;
// the owner's operations may also answer `too_many_attempts` (each proof is counted, per tracking
// code and per network). Each error list is written out rather than spread from a shared one: a
// bundler keeps an operation whose arguments hold a spread (a possible side effect), and with it
// its schemas (staff-only ones too), in the chunks of the widgets that import this module.

export const bookRepair = /* @__PURE__ */ operation({
  id: 'bookRepair',
  method: 'POST',
  path: '/v1/repairs',
  // A page's key books for its visitor; a retailer's staff take a piece in at the counter for its owner (drop-off `retailer`).
  access: { keys: ['publishable', 'secret', 'retailer'], retailerStaff: ['manager', 'associate'] },
  summary:
    'Books a service for a piece at a service centre, with a drop-off slot, by mail, or left at the counter of the retailer that books it (retailer callers only; the contact then confirms the address by e-mail before any update is sent); answers the tracker and its tracking code.',
  tags: ['repairs'],
  request: RepairBookingRequest,
  response: RepairTracker,
  successStatus: 201,
  errors: ['unknown_serial', 'item_unavailable', 'unknown_service_centre', 'service_not_offered', 'unknown_slot', 'slot_full'],
});

export const lookupRepair = /* @__PURE__ */ operation({
  id: 'lookupRepair',
  method: 'POST',
  path: '/v1/repairs/lookup',
  access: publicAccess,
  summary: 'The tracker of a repair, for its tracking code and the e-mail it was booked with (both in the body).',
  tags: ['repairs'],
  request: RepairLookupRequest,
  response: RepairTracker,
  errors: ['unknown_repair', 'too_many_attempts'],
});

export const decideEstimate = /* @__PURE__ */ operation({
  id: 'decideEstimate',
  method: 'POST',
  path: '/v1/repairs/estimate-decisions',
  access: publicAccess,
  summary: 'The owner approves or declines the estimate by typing their name; the decision is stored with its time and address.',
  tags: ['repairs'],
  request: EstimateDecisionRequest,
  response: RepairTracker,
  errors: ['unknown_repair', 'too_many_attempts', 'invalid_transition', 'repair_status_changed', 'estimate_expired'],
});

export const rateRepair = /* @__PURE__ */ operation({
  id: 'rateRepair',
  method: 'POST',
  path: '/v1/repairs/ratings',
  access: publicAccess,
  summary: 'After the piece is returned, the owner rates the service from 1 to 5, with an optional comment.',
  tags: ['repairs'],
  request: RatingRequest,
  response: RepairTracker,
  successStatus: 201,
  errors: ['unknown_repair', 'too_many_attempts', 'repair_not_returned', 'already_rated'],
});

export const getRepair = /* @__PURE__ */ operation({
  id: 'getRepair',
  method: 'GET',
  path: '/v1/repairs/{trackingCode}',
  // A retailer reads the repairs left with it (another's answers 404 like an unknown code).
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge'], retailerStaff: ['manager', 'associate'] },
  summary: 'A repair as the service desk sees it: contact, flags, status history with notes.',
  tags: ['repairs'],
  params: RepairTransitionParams,
  response: RepairOrder,
  errors: ['unknown_repair'],
});

export const transitionRepair = /* @__PURE__ */ operation({
  id: 'transitionRepair',
  method: 'POST',
  path: '/v1/repairs/{trackingCode}/transitions',
  // The service centres are the brand's: only its service desk moves a repair along.
  access: { keys: ['secret'], brandStaff: ['admin', 'serviceDesk'] },
  summary: 'Staff move a repair along its lifecycle, with a note, an estimate (to awaiting_approval) or a promised date.',
  tags: ['repairs'],
  params: RepairTransitionParams,
  request: RepairTransitionRequest,
  response: RepairOrder,
  successStatus: 201,
  errors: ['unknown_repair', 'invalid_transition', 'repair_status_changed', 'estimate_required'],
});

export const listRepairs = /* @__PURE__ */ operation({
  id: 'listRepairs',
  method: 'GET',
  path: '/v1/repairs',
  // Contacts are personal data: analysts get figures (service metrics), not this list. A retailer lists the repairs left with it.
  access: { keys: ['secret', 'retailer'], brandStaff: ['admin', 'serviceDesk', 'concierge'], retailerStaff: ['manager', 'associate'] },
  summary:
    `The service desk's repairs, newest first, a page at a time (\`limit\` up to ${repairListMaxLimit}, \`cursor\` from the previous page): filtered by \`status\` (repeated or a comma list), \`serviceCentreId\` and \`flagged\`.`,
  tags: ['repairs'],
  query: RepairListQuery,
  response: RepairList,
});

export const repairOperations = [bookRepair, lookupRepair, decideEstimate, rateRepair, getRepair, transitionRepair, listRepairs] as const;
