/**
 * The Atelier API client: one namespace per capability, each method a one-line use of the
 * generic `call`, so every method validates, authenticates, retries and reports errors the same way.
 */
import type { Operation, QueryOf, RequestOf } from './contract/operation.ts';
import type { Received, ReceivedResponseOf } from './contract/received.ts';
import type { RepairSummary } from './contract/repair-listing.ts';
import {
  activateWarranty,
  bookRepair,
  confirmWarranty,
  decideEstimate,
  getBrand,
  getRepair,
  getServiceMetrics,
  getCurrentApiKey,
  listRepairs,
  listServiceCentres,
  listServiceCentreSlots,
  lookupRepair,
  rateRepair,
  transitionRepair,
  getItem,
  getProvenance,
  listProvenanceLookups,
  markRecovered,
  recordModification,
  recordService,
  registerSale,
  reportStolen,
  transferOwnership,
} from './contract/index.ts';
import { createTransport } from './transport.ts';
import type { CallInput, CallOptions, TransportOptions } from './transport.ts';
import { apiPromise } from './api-promise.ts';
import type { ApiPromise } from './api-promise.ts';
import { AtelierClientError } from './errors.ts';
import { paginate } from './pagination.ts';

export type ClientOptions = TransportOptions;

/** Calls any operation of the contract; like every method of the client, with `.withResponse()`. */
export type ClientCallFunction = <Op extends Operation>(operation: Op, input: CallInput<Op>, options?: CallOptions) => ApiPromise<ReceivedResponseOf<Op>>;

export interface AtelierClient {
  brand: {
    /** The brand's public configuration: name, locales, warranty policy, authorized retailers. */
    get(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getBrand>>;
  };
  warranties: {
    /** A buyer activates a piece's warranty; it stays `pending_confirmation` until confirmed by e-mail. */
    activate(input: RequestOf<typeof activateWarranty>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof activateWarranty>>;
    /**
     * Confirms a pending warranty with the token from the e-mailed link: the token alone, or the
     * whole request with the owner's answers to the consent questions the link asked for.
     */
    confirm(token: string | RequestOf<typeof confirmWarranty>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof confirmWarranty>>;
  };
  sales: {
    /** Secret key. A retailer registers a sale: the warranty is pre-activated and the buyer asked to confirm. */
    register(input: RequestOf<typeof registerSale>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof registerSale>>;
  };
  items: {
    /** Secret key. A serialized piece with its current warranty. */
    get(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getItem>>;
    /** Secret key. An authorized retailer's modification (strap, engraving…); returns the updated public record. */
    recordModification(serial: string, input: RequestOf<typeof recordModification>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof recordModification>>;
    /** Secret key. A completed service at a service centre; returns the updated public record. */
    recordService(serial: string, input: RequestOf<typeof recordService>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof recordService>>;
    /** Secret key. Reports the piece stolen; returns the updated public record. */
    reportStolen(serial: string, input?: RequestOf<typeof reportStolen>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof reportStolen>>;
    /** Secret key. Marks a stolen piece recovered; returns the updated public record. */
    markRecovered(serial: string, input?: RequestOf<typeof markRecovered>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof markRecovered>>;
    /** Secret key. Transfers the piece to a new owner, who confirms by e-mail. */
    transferOwnership(serial: string, input: RequestOf<typeof transferOwnership>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof transferOwnership>>;
    /** Secret key. Who looked the piece up (salted address hashes, never addresses), newest first. */
    lookups(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listProvenanceLookups>>;
  };
  provenance: {
    /** The public, signed history of a piece; check it with `verifyProvenanceRecord`. */
    get(serial: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getProvenance>>;
  };
  repairs: {
    /** Books a service at a centre (a drop-off slot or mail-in); answers the tracker with its tracking code. */
    book(input: RequestOf<typeof bookRepair>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof bookRepair>>;
    /** The tracker for a tracking code and the e-mail it was booked with (both sent in the body). */
    lookup(input: RequestOf<typeof lookupRepair>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof lookupRepair>>;
    /** The owner approves or declines the estimate, typing their name. */
    decideEstimate(input: RequestOf<typeof decideEstimate>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof decideEstimate>>;
    /** After return, the owner rates the service from 1 to 5. */
    rate(input: RequestOf<typeof rateRepair>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof rateRepair>>;
    /** Secret key. The service desk's repairs, newest first; filter by `status` (one or an array), `serviceCentreId`, `flagged`; page with `limit` and `cursor`. */
    list(query?: QueryOf<typeof listRepairs>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listRepairs>>;
    /**
     * Secret key. Every repair matching `query`, newest first, fetching page after page (of `limit`)
     * as you iterate: `for await (const repair of client.repairs.listAll({ status: 'ready' }))`.
     * Stop with `break`; `options` apply to each page's call.
     */
    listAll(query?: Omit<QueryOf<typeof listRepairs>, 'cursor'> & { cursor?: string }, options?: CallOptions): AsyncGenerator<Received<RepairSummary>, void, undefined>;
    /** Secret key. The repair as the service desk sees it. */
    get(trackingCode: string, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getRepair>>;
    /** Secret key. Moves the repair along its lifecycle (with a note, an estimate or a promised date). */
    transition(trackingCode: string, input: RequestOf<typeof transitionRepair>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof transitionRepair>>;
  };
  serviceCentres: {
    /** The brand's centres with their services and turnaround; filter by `country`, `service`; `near: 'lat,lng'` sorts nearest first. */
    list(query?: QueryOf<typeof listServiceCentres>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listServiceCentres>>;
    /** A centre's drop-off slots from `from` to `to`, whole days in the centre's time zone. */
    slots(serviceCentreId: string, query: QueryOf<typeof listServiceCentreSlots>, options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof listServiceCentreSlots>>;
  };
  serviceMetrics: {
    /** Secret key. Per centre and service type: returned repairs, median and p90 turnaround, on-time share, average rating. */
    get(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getServiceMetrics>>;
  };
  apiKeys: {
    /** Secret or retailer key. Which key is calling: its kind, brand and (a retailer key's) retailer. */
    current(options?: CallOptions): ApiPromise<ReceivedResponseOf<typeof getCurrentApiKey>>;
  };
  /** Calls any operation of the contract, for those without a namespace entry yet. */
  call: ClientCallFunction;
}

export function createClient(options: ClientOptions): AtelierClient {
  const { send, keyKind } = createTransport(options);
  // Checked here rather than in the transport: the widgets build their clients from the transport
  // and public operations only, so the check would be dead weight in their CDN budget. The code
  // predates retailer keys; it also covers a retailer's key on a brand-only operation.
  const call: ClientCallFunction = (operation, input, callOptions) =>
    apiPromise(
      operation.access.anyone || operation.access.keys?.includes(keyKind)
        ? send(operation, input, callOptions)
        : Promise.reject(new AtelierClientError('secret_key_required', `${operation.id} is not open to a ${keyKind} key.`)),
    );
  return {
    brand: {
      get: (callOptions) => call(getBrand, {}, callOptions),
    },
    warranties: {
      activate: (input, callOptions) => call(activateWarranty, { body: input }, callOptions),
      confirm: (token, callOptions) => call(confirmWarranty, { body: typeof token === 'string' ? { token } : token }, callOptions),
    },
    sales: {
      register: (input, callOptions) => call(registerSale, { body: input }, callOptions),
    },
    items: {
      get: (serial, callOptions) => call(getItem, { params: { serial } }, callOptions),
      recordModification: (serial, input, callOptions) => call(recordModification, { params: { serial }, body: input }, callOptions),
      recordService: (serial, input, callOptions) => call(recordService, { params: { serial }, body: input }, callOptions),
      reportStolen: (serial, input = {}, callOptions) => call(reportStolen, { params: { serial }, body: input }, callOptions),
      markRecovered: (serial, input = {}, callOptions) => call(markRecovered, { params: { serial }, body: input }, callOptions),
      transferOwnership: (serial, input, callOptions) => call(transferOwnership, { params: { serial }, body: input }, callOptions),
      lookups: (serial, callOptions) => call(listProvenanceLookups, { params: { serial } }, callOptions),
    },
    provenance: {
      get: (serial, callOptions) => call(getProvenance, { params: { serial } }, callOptions),
    },
    repairs: {
      book: (input, callOptions) => call(bookRepair, { body: input }, callOptions),
      lookup: (input, callOptions) => call(lookupRepair, { body: input }, callOptions),
      decideEstimate: (input, callOptions) => call(decideEstimate, { body: input }, callOptions),
      rate: (input, callOptions) => call(rateRepair, { body: input }, callOptions),
      list: (query, callOptions) => call(listRepairs, { query }, callOptions),
      listAll: (query = {}, callOptions) =>
        paginate(
          (cursor) => call(listRepairs, { query: { ...query, cursor } }, callOptions),
          (page) => page.repairs,
          query.cursor,
        ),
      get: (trackingCode, callOptions) => call(getRepair, { params: { trackingCode } }, callOptions),
      transition: (trackingCode, input, callOptions) => call(transitionRepair, { params: { trackingCode }, body: input }, callOptions),
    },
    serviceCentres: {
      list: (query, callOptions) => call(listServiceCentres, { query }, callOptions),
      slots: (serviceCentreId, query, callOptions) => call(listServiceCentreSlots, { params: { serviceCentreId }, query }, callOptions),
    },
    serviceMetrics: {
      get: (callOptions) => call(getServiceMetrics, {}, callOptions),
    },
    apiKeys: {
      current: (callOptions) => call(getCurrentApiKey, {}, callOptions),
    },
    call,
  };
}
