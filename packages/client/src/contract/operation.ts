/**
 * An operation is an endpoint declared once, as data. The client builds its methods from it,
 * the server registers its routes from it, and the OpenAPI document is generated from it.
 */
import type * as z from 'zod/mini';
import type { ErrorCode } from './problem.ts';

/** The media types an operation may answer other than JSON. */
export type NonJsonMediaType = 'text/csv' | 'application/pdf';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The kinds of API key:
 * - `publishable`: a `pk_…` key from a page on one of the key's allowed origins (or a server);
 * - `secret`: a `sk_…` key of the whole brand, server to server only, never from a browser;
 * - `retailer`: a `rk_…` key of one retailer (its point of sale, its Shopify shop), server to
 *   server only; what it reads and writes is scoped to that retailer.
 */
export type ApiKeyKind = 'publishable' | 'secret' | 'retailer';

/** Roles of the brand's staff, signed in to the console. `analyst` reads figures, never writes. */
export type BrandRole = 'admin' | 'serviceDesk' | 'concierge' | 'analyst';

/** Roles of a retailer's staff, signed in to the console (the retailer desk); scoped to their retailer. */
export type RetailerRole = 'manager' | 'associate';

/**
 * Who may call an operation, declared once per operation: the server enforces it before the
 * handler (401 without a known credential, 403 `forbidden` for a known one not listed), the
 * OpenAPI document lists it, the client checks its own key kind against `keys`. An absent list
 * admits none of that kind. `owner` is for the owner space (signed-in owners of their own pieces).
 * `anyone` marks the few operations that let a person in (a sign-in link, a passkey): they take
 * no credential at all, and their handler sees no principal.
 */
export interface Access {
  readonly keys?: readonly ApiKeyKind[];
  readonly brandStaff?: readonly BrandRole[];
  readonly retailerStaff?: readonly RetailerRole[];
  readonly owner?: true;
  readonly anyone?: true;
}

/**
 * Who may call a public operation (the widgets'): a page's publishable key, and any server key of
 * the brand, since a server may do what a page may (the Shopify app forwards its storefront's
 * calls with its retailer key; a brand's backend reads its own configuration). One shared object,
 * so each public operation in a widget's bundle costs a reference, not a copy.
 */
export const publicAccess = { keys: ['publishable', 'secret', 'retailer'] } as const satisfies Access;

export interface Operation<
  Params extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Request extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Id extends string = string,
> {
  /** Stable operationId in the OpenAPI document. */
  readonly id: Id;
  readonly method: HttpMethod;
  /** OpenAPI-style path template: `/v1/items/{serial}`. */
  readonly path: string;
  readonly access: Access;
  /** Path parameters. */
  readonly params: Params;
  /**
   * Query parameters: a strict object schema, so an unknown parameter is refused. Its input form
   * is what travels in the URL (strings, or arrays sent as comma lists); its output is what the
   * handler receives.
   */
  readonly query: Query;
  /** JSON request body. */
  readonly request: Request;
  readonly response: Response;
  /** The success answer's media type when it is not JSON (a CSV export's `response` is its text, a PDF's its bytes). */
  readonly responseMediaType?: NonJsonMediaType;
  /** 202 for a request taken whose effect is not shown (a sign-in link is e-mailed, or not). */
  readonly successStatus: 200 | 201 | 202;
  /** Domain error codes this operation may answer, beyond the transport ones every operation may. */
  readonly errors: readonly ErrorCode[];
}

// Declared free of side effects, as zod declares its factories: a bundle keeps only the operations
// it uses (a widget page needs one to three of them), not every operation of a module it imports.
// @__NO_SIDE_EFFECTS__
export function operation<
  const Params extends z.ZodMiniType | undefined = undefined,
  const Request extends z.ZodMiniType | undefined = undefined,
  const Response extends z.ZodMiniType = z.ZodMiniType,
  const Query extends z.ZodMiniType | undefined = undefined,
  const Id extends string = string,
>(definition: {
  id: Id;
  method: HttpMethod;
  path: string;
  access: Access;
  params?: Params;
  query?: Query;
  request?: Request;
  response: Response;
  responseMediaType?: NonJsonMediaType;
  successStatus?: 200 | 201 | 202;
  errors?: readonly ErrorCode[];
}): Operation<Params, Request, Response, Query, Id> {
  // `params`, `query` and `request` come with the spread (absent: undefined): every byte here ships
  // in each widget's shared runtime, so only the defaults are spelled out.
  return {
    ...definition,
    successStatus: definition.successStatus ?? 200,
    errors: definition.errors ?? [],
  } as Operation<Params, Request, Response, Query, Id>;
}

/**
 * What the API reference says of a capability's operations, exported beside them by the
 * capability's module. A separate export rather than a field of each operation: browser bundles
 * import the operations and never this, so the sentences reach the OpenAPI document
 * (`src/openapi.ts`) and nothing a page downloads.
 */
export interface OperationDocs {
  /** The OpenAPI tag the capability's operations are listed under. */
  readonly tag: string;
  /** Each operation's summary, under its id: what it does and for whom. */
  readonly summaries: Readonly<Record<string, string>>;
}

export type ParamsOf<Op> = Op extends Operation<infer P, infer _R, infer _S> ? (P extends z.ZodMiniType ? z.input<P> : undefined) : never;
export type RequestOf<Op> = Op extends Operation<infer _P, infer R, infer _S> ? (R extends z.ZodMiniType ? z.input<R> : undefined) : never;
/** The request as the server sees it after validation (trimmed, upper-cased, defaults applied). */
export type ParsedRequestOf<Op> = Op extends Operation<infer _P, infer R, infer _S> ? (R extends z.ZodMiniType ? z.output<R> : undefined) : never;
export type ParsedParamsOf<Op> = Op extends Operation<infer P, infer _R, infer _S> ? (P extends z.ZodMiniType ? z.output<P> : undefined) : never;
export type ResponseOf<Op> = Op extends Operation<infer _P, infer _R, infer S> ? z.output<S> : never;
export type QueryOf<Op> = Op extends Operation<infer _P, infer _R, infer _S, infer Q> ? (Q extends z.ZodMiniType ? z.input<Q> : undefined) : never;
/** The query as the handler sees it after validation (`near` as a point, comma lists as arrays). */
export type ParsedQueryOf<Op> = Op extends Operation<infer _P, infer _R, infer _S, infer Q> ? (Q extends z.ZodMiniType ? z.output<Q> : undefined) : never;
