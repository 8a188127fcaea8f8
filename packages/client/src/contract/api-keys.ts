/**
 * The brand's API keys, managed by its admins in the console: listed (never the key itself),
 * created (the key shown once, in the 201; only its SHA-256 is stored) and revoked.
 *
 * Which key is calling: lets a server-side integration (the Shopify app, a point of sale) learn
 * from its key alone which brand and, for a retailer's key, which retailer it acts for, so it
 * never has to ask a person to type a retailer id that must match the key anyway.
 */
import * as z from 'zod/mini';
import { fieldCheck } from './field-check.ts';
import { type ApiKeyKind, type OperationDocs, operation } from './operation.ts';
import { Id, IsoDateTime } from './primitives.ts';
import { singleLine } from './text-characters.ts';

export const apiKeyKinds = ['publishable', 'secret', 'retailer'] as const satisfies readonly ApiKeyKind[];
export const apiKeyLabelMaxLength = 100;
/** Origins one publishable key may be used from, at most. */
export const apiKeyAllowedOriginsMaxCount = 20;
/** Characters of an origin, at most (a scheme, a host name of at most 253 and a port). */
export const originMaxLength = 270;

/** What a browser sends in `Origin`: `https://www.example.com` or `http://localhost:5173`, no path. */
export const WebOrigin = z.string().check(z.trim(), z.maxLength(originMaxLength), z.regex(/^https?:\/\/[^/?#\s@]+\/?$/i), singleLine);

/** An API key as listed: never the key, only its first characters to tell keys apart. */
export const ApiKey = z.object({
  id: Id,
  kind: z.enum(apiKeyKinds),
  label: z.string(),
  /** The key's first characters (`pk_live_ab…`), as shown beside it in the console. */
  keyPrefix: z.string(),
  /** Where a publishable key is honoured from; empty for the other kinds. */
  allowedOrigins: z.array(z.string()),
  /** The retailer a `retailer` key acts for; null for the brand's keys. */
  retailerId: z.nullable(z.string()),
  createdAt: IsoDateTime,
  /** When it was revoked; null while it works. */
  revokedAt: z.nullable(IsoDateTime),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyList = z.object({
  /** Every key of the brand, revoked ones included, newest first. */
  apiKeys: z.array(ApiKey),
});
export type ApiKeyList = z.infer<typeof ApiKeyList>;

/** The created key, with the key itself: shown this once, never again. */
export const CreatedApiKey = z.object({
  ...ApiKey.shape,
  key: z.string(),
});
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;

const originsOnlyForPublishable = fieldCheck((input: { kind: string; allowedOrigins?: readonly string[] | undefined; retailerId?: string | undefined }) => {
  if (input.kind === 'publishable' && !input.allowedOrigins?.length) {
    return { path: ['allowedOrigins'], code: 'required', message: 'A publishable key needs the origins of the pages it is used from.' };
  }
  if (input.kind !== 'publishable' && input.allowedOrigins !== undefined) {
    return { path: ['allowedOrigins'], code: 'invalid_value', message: 'Only a publishable key is bound to origins; secret and retailer keys are for servers.' };
  }
  if (input.kind === 'retailer' && input.retailerId === undefined) {
    return { path: ['retailerId'], code: 'required', message: 'A retailer key needs the retailer it acts for.' };
  }
  if (input.kind !== 'retailer' && input.retailerId !== undefined) {
    return { path: ['retailerId'], code: 'invalid_value', message: `A ${input.kind} key acts for the whole brand, not for a retailer.` };
  }
  return undefined;
});

export const ApiKeyCreationRequest = z
  .strictObject({
    kind: z.enum(apiKeyKinds),
    /** What the key is for, as the console lists it ("brand site", "Paris boutique POS"). */
    label: z.string().check(z.trim(), z.minLength(1), z.maxLength(apiKeyLabelMaxLength), singleLine),
    /** Publishable keys only, and required for them: the origins of the pages that use it. */
    allowedOrigins: z.optional(z.array(WebOrigin).check(z.minLength(1), z.maxLength(apiKeyAllowedOriginsMaxCount))),
    /** Retailer keys only, and required for them: the brand's retailer the key acts for. */
    retailerId: z.optional(Id),
  })
  .check(originsOnlyForPublishable);
export type ApiKeyCreationRequest = z.input<typeof ApiKeyCreationRequest>;

export const ApiKeyParams = z.strictObject({ id: Id });
export type ApiKeyParams = z.input<typeof ApiKeyParams>;

/** Keys give access to the whole brand, or to one retailer: only brand admins see and manage them. */
const adminsOnly = { brandStaff: ['admin'] } as const;

export const listApiKeys = operation({
  id: 'listApiKeys',
  method: 'GET',
  path: '/v1/api-keys',
  access: adminsOnly,
  response: ApiKeyList,
});

export const createApiKey = operation({
  id: 'createApiKey',
  method: 'POST',
  path: '/v1/api-keys',
  access: adminsOnly,
  request: ApiKeyCreationRequest,
  response: CreatedApiKey,
  successStatus: 201,
  errors: ['unknown_retailer'],
});

export const revokeApiKey = operation({
  id: 'revokeApiKey',
  method: 'DELETE',
  path: '/v1/api-keys/{id}',
  access: adminsOnly,
  params: ApiKeyParams,
  response: ApiKey,
  errors: ['unknown_api_key'],
});

export const CurrentApiKey = z.object({
  /** `secret`: the brand's own key, whole brand. `retailer`: one retailer's key, scoped to it. */
  kind: z.enum(['secret', 'retailer']),
  brand: z.object({ id: Id, name: z.string() }),
  /** The retailer a `retailer` key acts for; null for the brand's secret key. */
  retailer: z.nullable(z.object({ id: Id, name: z.string() })),
});
export type CurrentApiKey = z.infer<typeof CurrentApiKey>;

export const getCurrentApiKey = operation({
  id: 'getCurrentApiKey',
  method: 'GET',
  path: '/v1/api-keys/current',
  access: { keys: ['secret', 'retailer'] },
  response: CurrentApiKey,
});

/** The API reference's words for these operations (see `OperationDocs`). */
export const apiKeysDocs = {
  tag: 'api-keys',
  summaries: {
    listApiKeys:
      "The brand's API keys, revoked ones included, newest first: kind, label, first characters, origins, retailer. Never the key itself.",
    createApiKey:
      'Creates a publishable key (with the origins of the pages using it), a secret key, or a retailer key (with its retailer). The answer carries the key itself, this once: only its SHA-256 is stored.',
    revokeApiKey:
      'Revokes a key: refused from then on, on every instance within 5 seconds (the time an instance trusts a key it has looked up). Revoking a revoked key answers it unchanged.',
    getCurrentApiKey: 'The key making this call: its kind, its brand and, for a retailer key, its retailer. Holds no secret.',
  },
} as const satisfies OperationDocs;
