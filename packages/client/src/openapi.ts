/**
 * The OpenAPI 3.1 document, generated from the operation table and the zod schemas of the
 * contract, so the document cannot drift from what the client sends and the server checks.
 * Named schemas of the contract become `components.schemas`; each operation lists the
 * problem+json answers its error codes map to (`errorStatuses`). The few paths outside the table
 * (Digital Link resolver, health probes) come from `openapi-platform-paths.ts`.
 */
import * as z from 'zod/mini';
import * as contract from './contract/index.ts';
import type { Access, ApiKeyKind, Operation, OperationDocs } from './contract/operation.ts';
import { operations } from './contract/operations.ts';
import { consoleSessionCookieName } from './contract/headers.ts';
import { ownerSessionCookieName } from './contract/owner-space.ts';
import { idempotencyKeyMaxLength } from './contract/primitives.ts';
import { errorStatuses, httpReasonPhrases, problemMediaType, problemTitle } from './contract/problem.ts';
import { platformPaths, platformTagDescriptions } from './openapi-platform-paths.ts';
import type { ErrorCode, ErrorStatus } from './contract/problem.ts';

export type JsonSchema = { [keyword: string]: unknown };
export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string; variables: Record<string, { default: string; description: string }> }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, unknown>;
    parameters: Record<string, unknown>;
    headers: Record<string, unknown>;
  };
};

/** The document's own version; bump it when the contract changes in a way clients notice. */
export const openApiDocumentVersion = '0.1.0';

/** The project's licence, as an SPDX identifier: the same as LICENSE and the packages' `license`. */
export const openApiLicense = { name: 'MIT', identifier: 'MIT' };

/**
 * Each brand serves its own API, so the document names no fixed host: the server URL is a
 * variable, its default where `pnpm demo` serves it.
 */
const openApiServers: OpenApiDocument['servers'] = [
  {
    url: '{origin}',
    description: "The brand's Atelier API: each brand serves its own (`atelier-server start`). Paths start with `/v1` or are at the root.",
    variables: { origin: { default: 'http://127.0.0.1:8787', description: 'Scheme, host and port of the API (default: the local demo).' } },
  },
];

const schemaRefPrefix = '#/components/schemas/';
const jsonMediaType = 'application/json';

const tagDescriptions: Record<string, string> = {
  brand: "The brand's public configuration.",
  warranties: 'Warranty activation by the buyer and its confirmation by e-mail.',
  sales: 'Sales registered by authorized retailers (retailer key, for its own sales; or the brand\'s secret key).',
  items: 'Serialized pieces as brand staff and retailers see them, and what they record about them (secret or retailer key).',
  provenance: "A piece's public, signed history, readable by anyone holding its serial.",
  'service-network': "The brand's service centres, their services and turnaround, and their boutique drop-off slots.",
  repairs: 'Repair booking, the owner\'s tracker and estimate decision, and the service desk\'s moves along the repair lifecycle.',
  'sign-in': 'Signing in to the console without a password (an e-mailed single-use link), the signed-in person and their sessions.',
  people: "The brand's staff and its retailers' staff: invitations, roles, deactivation, their sessions.",
  'api-keys': "The API keys of the brand and its retailers: created (the key shown once) and revoked by brand admins, and which key is calling.",
  audit: 'The audit log of writes and personal-data reads by people and server keys, for brand admins; CSV export.',
  stock: "Pieces delivered to retailers and returned, each retailer's stock with its age, and the brand's stock alerts.",
  'retailer-notes': "Notes to a retailer of record when another retailer serves its client's piece (a modification, a repair taken in), with no personal data; listed and marked read by that retailer only.",
  recognition: "Any authorized retailer recognises a piece and its client (registered, covered until, client since, tier, next care due, retailer of record, stolen) without learning who the client is, unless the owner shared their profile with it. Audited.",
  retailers: "The brand's authorized retailers, and each retailer's figures against the network median.",
  catalogue: "The brand's catalogue as its staff pick from it: models with their collection and category, and the collections and categories by name.",
  segments: "The brand's clients by segment: the built-in segments (vip, regular, new, at_risk, lapsed) and filters of the segment language (a clause as JSON text), counted, listed a page at a time and exported as consent-aware CSV; listing and export audited.",
  clients: "One client of the brand as its staff who look after clients see them: who they are, their consents, figures and tier, what they are to each piece (owner, buyer, gift giver…), their purchase anniversaries, and one timeline of everything the registry holds about them. Audited.",
  'insight-figures': "The brand's figures about its clients and network, each defined once in the contract with its window: retention by purchase-year cohort, CSAT per service centre and per retailer, registration rate per retailer, CLV per segment and CAC per acquisition channel (money in the brand's reporting currency at its monthly rates, the missing rates listed). They name no one.",
  care: "The concierge's care rules: per model, collection or category, how often each kind of care (service, water-resistance check, cleaning) falls due, the reminders' lead time, and warranty conditions, set by brand admins; and customer care's queue of the reminders the daily sweep drafts (review, personalise, hold, send, drop), with the figures of reminders sent and the bookings that followed.",
  'client-notes': "Notes the brand writes about a client, a piece or a repair, each with who may read it (the brand only, the retailer of record, all retailers) and a retention date after which it is deleted; searchable, and part of the client's timeline.",
  'owner-documents': "A piece's papers for its owner: the signed resale dossier (JSON that verifyProvenanceRecord checks, and a PDF for people) and the private calendar feed of warranty ends and care dates.",
  'owner-space': "The owner's space on the brand's site: an owner signs in with an e-mailed single-use code or link, and reads the pieces they hold and each one's story (owner session cookie, from the brand's allowed origins).",
};

function isOperationDocs(value: unknown): value is OperationDocs {
  return typeof value === 'object' && value !== null && 'tag' in value && 'summaries' in value;
}

/**
 * Each operation's summary and tag, from the `…Docs` export of its capability's module. An
 * operation without a summary, or a summary naming no operation, stops the generation: the
 * reference would otherwise list an undocumented endpoint, or keep a dead sentence.
 */
function operationDocs(): Map<string, { summary: string; tag: string }> {
  const byId = new Map<string, { summary: string; tag: string }>();
  for (const docs of (Object.values(contract) as unknown[]).filter(isOperationDocs)) {
    for (const [id, summary] of Object.entries(docs.summaries)) {
      if (byId.has(id)) throw new Error(`OpenAPI: ${id} has two summaries.`);
      byId.set(id, { summary, tag: docs.tag });
    }
  }
  const ids = new Set((operations as readonly Operation[]).map((op) => op.id));
  const undocumented = [...ids].filter((id) => !byId.has(id));
  if (undocumented.length > 0) throw new Error(`OpenAPI: no summary for ${undocumented.join(', ')} (add it to its module's …Docs).`);
  const unknown = [...byId.keys()].filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new Error(`OpenAPI: summaries for operations not in the table: ${unknown.join(', ')}.`);
  return byId;
}

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Object, enum and union schemas exported by the contract, under their export names; others stay inline. */
function contractSchemaNames(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (!isSchema(value) || names.has(value)) continue;
    const type = value._zod.def.type;
    if (type === 'object' || type === 'enum' || type === 'union') names.set(value, name);
  }
  return names;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A PDF's bytes have no JSON Schema of their own: OpenAPI 3.1 says binary content by its media type alone. */
const binaryResponseSchema = { type: 'string', contentMediaType: 'application/pdf' } as const;

function answersBytes(op: Operation): boolean {
  return op.responseMediaType === 'application/pdf';
}

/** Every schema an operation uses gets a name, even one the contract did not export. */
function nameOperationSchemas(names: Map<z.ZodMiniType, string>): void {
  for (const op of operations as readonly Operation[]) {
    const roles: [z.ZodMiniType | undefined, string][] = [
      [op.params, 'Params'],
      [op.query, 'Query'],
      [op.request, 'Request'],
      [answersBytes(op) ? undefined : op.response, 'Response'],
    ];
    for (const [schema, role] of roles) {
      if (schema && !names.has(schema)) names.set(schema, `${capitalized(op.id)}${role}`);
    }
  }
}

/** JSON Schemas of every named schema, as a request (`input`) or a response (`output`) carries it. */
function namedJsonSchemas(names: Map<z.ZodMiniType, string>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of names) registry.add(schema, { id });
  // A transform (`NearPoint`: a query string parsed to a point) has no JSON Schema as output; only
  // requests carry such schemas, and they are documented as input, so the output side may stay `{}`.
  const unrepresentable = io === 'output' ? 'any' : 'throw';
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable, uri: (id) => `${schemaRefPrefix}${id}` });
  const cleaned: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === sharedSchemasId) continue;
    // Each component lives inside this document: no per-schema dialect or identifier.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    cleaned[id] = rest;
  }
  return liftSharedSchemas(cleaned, (schemas[sharedSchemasId] as JsonSchema | undefined)?.['$defs'] as Record<string, JsonSchema> | undefined);
}

/**
 * Where zod puts the schemas several named ones use and none names (the segment filter's nested
 * clauses, reached through `z.lazy`): `__shared`, referred to as `…/__shared#/$defs/schema0`, which
 * is no JSON pointer into this document. Each becomes a component of its own, `SharedSchema0`…
 */
const sharedSchemasId = '__shared';

function liftSharedSchemas(schemas: Record<string, JsonSchema>, shared: Record<string, JsonSchema> | undefined): Record<string, JsonSchema> {
  if (!shared) return schemas;
  const sharedRef = `${schemaRefPrefix}${sharedSchemasId}#/$defs/`;
  const componentOf = (def: string) => `Shared${capitalized(def)}`;
  const rewrite = (json: unknown): unknown => {
    if (Array.isArray(json)) return json.map(rewrite);
    if (typeof json !== 'object' || json === null) return json;
    return Object.fromEntries(
      Object.entries(json).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith(sharedRef) ? `${schemaRefPrefix}${componentOf(value.slice(sharedRef.length))}` : rewrite(value)]),
    );
  };
  const lifted: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) lifted[id] = rewrite(schema) as JsonSchema;
  for (const [def, schema] of Object.entries(shared)) lifted[componentOf(def)] = rewrite(schema) as JsonSchema;
  return lifted;
}

function referencedNames(json: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(json)) {
    for (const item of json) referencedNames(item, found);
  } else if (typeof json === 'object' && json !== null) {
    for (const [key, value] of Object.entries(json)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(schemaRefPrefix)) {
        found.add(value.slice(schemaRefPrefix.length));
      } else {
        referencedNames(value, found);
      }
    }
  }
  return found;
}

/** The named schemas reachable from `roots`, so unused exports stay out of the document. */
function reachable(roots: Iterable<string>, schemas: Record<string, JsonSchema>): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...referencedNames(schemas[name]));
  }
  return seen;
}

function ref(name: string): JsonSchema {
  return { $ref: `${schemaRefPrefix}${name}` };
}

function nameOf(names: Map<z.ZodMiniType, string>, schema: z.ZodMiniType): string {
  const name = names.get(schema);
  if (name === undefined) throw new Error('OpenAPI: an operation schema has no name.');
  return name;
}

/** The security scheme each kind of key is described by. */
const securitySchemeOfKey: Record<ApiKeyKind, string> = { publishable: 'publishableKey', secret: 'secretKey', retailer: 'retailerKey' };

export { consoleSessionCookieName };

function hasStaff(access: Access): boolean {
  return (access.brandStaff?.length ?? 0) > 0 || (access.retailerStaff?.length ?? 0) > 0;
}

/** The operation's `security`: any one of the schemes it accepts (OpenAPI ORs the entries). */
function securityOf(access: Access): Record<string, []>[] {
  // `{}`: no credential needed (OpenAPI's way of saying the operation is open).
  if (access.anyone) return [{}];
  const schemes = (access.keys ?? []).map((kind) => securitySchemeOfKey[kind]);
  if (hasStaff(access)) schemes.push('consoleSession');
  if (access.owner) schemes.push('ownerSession');
  return schemes.map((scheme) => ({ [scheme]: [] }));
}

/** The staff roles a console session needs, as `x-atelier-roles` and as a sentence for the description. */
function staffRoles(access: Access): { roles: Record<string, readonly string[]>; sentence: string } | undefined {
  if (!hasStaff(access)) return undefined;
  const roles: Record<string, readonly string[]> = {};
  const parts: string[] = [];
  if (access.brandStaff?.length) {
    roles['brandStaff'] = access.brandStaff;
    parts.push(`brand staff (${access.brandStaff.join(', ')})`);
  }
  if (access.retailerStaff?.length) {
    roles['retailerStaff'] = access.retailerStaff;
    parts.push(`retailer staff (${access.retailerStaff.join(', ')}), for their own retailer`);
  }
  return { roles, sentence: `Console session: ${parts.join('; ')}.` };
}

/** Who may call, in words: the keys, then the staff roles. */
function accessDescription(access: Access): string {
  if (access.anyone) return 'No credential: anyone may call it.';
  const keys = (access.keys ?? []).map((kind) => `\`${securitySchemeOfKey[kind]}\``);
  const sentences = [keys.length > 0 ? `Keys: ${keys.join(', ')}.` : 'No API key.'];
  const staff = staffRoles(access);
  if (staff) sentences.push(staff.sentence);
  if (access.owner) sentences.push('Owner session: the signed-in owner, for their own pieces only.');
  return sentences.join(' ');
}

/** Every code an operation may answer: the transport's, by what the operation takes, then its own. */
export function errorCodesOf(op: Operation): ErrorCode[] {
  const codes: ErrorCode[] = [];
  const { keys = [] } = op.access;
  const serverKeys = keys.includes('secret') || keys.includes('retailer');
  // Every operation refuses some principal (a console session on a key-only operation, a retailer
  // key on a brand-only one), hence `forbidden` everywhere; a session's write from another origin
  // is `origin_not_allowed`, as a publishable key's call from an origin it does not allow.
  // An open operation (`anyone`) looks at no credential, so refuses none.
  if (!op.access.anyone) codes.push('missing_api_key', 'invalid_api_key', 'forbidden');
  if (hasStaff(op.access) || op.access.owner) codes.push('session_expired');
  if (keys.includes('publishable') || hasStaff(op.access) || op.access.owner) codes.push('origin_not_allowed');
  if (serverKeys) codes.push('secret_key_in_browser');
  if (op.params || op.query || op.request) codes.push('validation_failed');
  if (op.request) codes.push('malformed_json', 'unsupported_media_type', 'payload_too_large');
  if (op.method === 'POST') codes.push('invalid_idempotency_key', 'idempotency_key_reused', 'idempotency_key_in_use');
  codes.push('rate_limited', 'internal_error', 'service_unavailable', ...op.errors);
  return [...new Set(codes)];
}

const successDescriptions = { 200: 'OK.', 201: 'Created.', 202: 'Accepted.' } as const;

const rateLimitHeaders = {
  RateLimit: { $ref: '#/components/headers/RateLimit' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
};

/** A code as its response lists it, with the problem `title` the server answers when the code has its own. */
function codeWithTitle(code: ErrorCode, reasonPhrase: string): string {
  const title = problemTitle(code);
  return title.toLowerCase() === reasonPhrase.toLowerCase() ? `\`${code}\`` : `\`${code}\` (${title})`;
}

function errorResponses(op: Operation): Record<string, unknown> {
  const codesByStatus = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of errorCodesOf(op)) {
    const status = errorStatuses[code];
    codesByStatus.set(status, [...(codesByStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const status of [...codesByStatus.keys()].sort((a, b) => a - b)) {
    const codes = codesByStatus.get(status) ?? [];
    const reasonPhrase = httpReasonPhrases[status];
    const waitsBeforeRetry = status === 429 || status === 503;
    responses[String(status)] = {
      description: `${reasonPhrase}: ${codes.map((code) => codeWithTitle(code, reasonPhrase)).join(', ')}.`,
      headers: waitsBeforeRetry ? { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateLimitHeaders } : rateLimitHeaders,
      content: {
        [problemMediaType]: {
          schema: { allOf: [ref('Problem'), { type: 'object', properties: { code: { enum: codes } } }] },
        },
      },
    };
  }
  return responses;
}

function pathParameters(op: Operation, names: Map<z.ZodMiniType, string>, inputSchemas: Record<string, JsonSchema>): unknown[] {
  if (!op.params) return [];
  const paramsSchema = inputSchemas[nameOf(names, op.params)] ?? {};
  const properties = (paramsSchema['properties'] ?? {}) as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'path', required: true, schema }));
}

/** One `in: query` parameter per property of the query schema, in its input (wire) form. */
function queryParameters(op: Operation, names: Map<z.ZodMiniType, string>, inputSchemas: Record<string, JsonSchema>): unknown[] {
  if (!op.query) return [];
  const querySchema = inputSchemas[nameOf(names, op.query)] ?? {};
  const properties = (querySchema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((querySchema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
}

function operationObject(
  op: Operation,
  docs: { summary: string; tag: string },
  names: Map<z.ZodMiniType, string>,
  inputSchemas: Record<string, JsonSchema>,
): unknown {
  const parameters = [...pathParameters(op, names, inputSchemas), ...queryParameters(op, names, inputSchemas)];
  if (op.method === 'POST') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  const staff = staffRoles(op.access);
  return {
    operationId: op.id,
    summary: docs.summary,
    description: `${docs.summary} ${accessDescription(op.access)}`,
    tags: [docs.tag],
    security: securityOf(op.access),
    ...(staff ? { 'x-atelier-roles': staff.roles } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.request
      ? { requestBody: { required: true, content: { [jsonMediaType]: { schema: ref(nameOf(names, op.request)) } } } }
      : {}),
    responses: {
      [String(op.successStatus)]: {
        description: successDescriptions[op.successStatus],
        headers: rateLimitHeaders,
        content: { [op.responseMediaType ?? jsonMediaType]: { schema: answersBytes(op) ? binaryResponseSchema : ref(nameOf(names, op.response)) } },
      },
      ...errorResponses(op),
    },
  };
}

/** Components for requests in their input form and responses in their output form; a schema used by both must read the same. */
function componentSchemas(
  names: Map<z.ZodMiniType, string>,
  inputSchemas: Record<string, JsonSchema>,
  outputSchemas: Record<string, JsonSchema>,
): Record<string, JsonSchema> {
  const ops = operations as readonly Operation[];
  const requestRoots = ops.flatMap((op) => [
    ...(op.request ? [nameOf(names, op.request)] : []),
    ...(op.params ? [...referencedNames(inputSchemas[nameOf(names, op.params)])] : []),
    ...(op.query ? [...referencedNames(inputSchemas[nameOf(names, op.query)])] : []),
  ]);
  const responseRoots = [...ops.filter((op) => !answersBytes(op)).map((op) => nameOf(names, op.response)), 'Problem'];
  const inRequests = reachable(requestRoots, inputSchemas);
  const inResponses = reachable(responseRoots, outputSchemas);
  const components: Record<string, JsonSchema> = {};
  for (const name of [...new Set([...inRequests, ...inResponses])].sort()) {
    const input = inputSchemas[name];
    const output = outputSchemas[name];
    if (inRequests.has(name) && inResponses.has(name) && JSON.stringify(input) !== JSON.stringify(output)) {
      throw new Error(`OpenAPI: schema ${name} differs between requests and responses; export two schemas with distinct names.`);
    }
    const schema = inRequests.has(name) ? input : output;
    if (schema) components[name] = schema;
  }
  return components;
}

export function buildOpenApiDocument(): OpenApiDocument {
  const names = contractSchemaNames();
  nameOperationSchemas(names);
  const inputSchemas = namedJsonSchemas(names, 'input');
  const outputSchemas = namedJsonSchemas(names, 'output');

  const paths: OpenApiDocument['paths'] = {};
  const docs = operationDocs();
  for (const op of operations as readonly Operation[]) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operationObject(op, docs.get(op.id)!, names, inputSchemas) };
  }

  for (const [path, item] of Object.entries(platformPaths)) {
    if (paths[path]) throw new Error(`OpenAPI: ${path} is both a contract operation and a platform path.`);
    paths[path] = item;
  }

  const usedTags = [...new Set((operations as readonly Operation[]).map((op) => docs.get(op.id)!.tag))];
  const allTagDescriptions = { ...tagDescriptions, ...platformTagDescriptions };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Atelier API',
      version: openApiDocumentVersion,
      description:
        'After-sales registry of a watch or jewellery brand: warranty activation and confirmation, retailer sales, pieces. ' +
        'Errors are RFC 9457 problem details (`application/problem+json`) with a stable `code` and per-field `errors[]`.',
      license: openApiLicense,
    },
    servers: openApiServers,
    tags: [...usedTags, ...Object.keys(platformTagDescriptions)].map((name) => ({ name, description: allTagDescriptions[name] ?? name })),
    paths,
    components: {
      schemas: componentSchemas(names, inputSchemas, outputSchemas),
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'pk_…',
          description: 'Publishable key: safe in a web page, accepted only from its allowed origins, rate limited; public operations only.',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'sk_…',
          description: "The brand's secret key: server to server only, the whole brand; refused when sent from a browser.",
        },
        retailerKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'rk_…',
          description:
            "A retailer's key (its point of sale, its Shopify shop): server to server only, refused from a browser; reads and writes that retailer's own data only (another retailer's rows answer 404).",
        },
        consoleSession: {
          type: 'apiKey',
          in: 'cookie',
          name: consoleSessionCookieName,
          description:
            'A person signed in to the console (passkey or e-mailed link): brand staff or retailer staff, allowed by role (`x-atelier-roles`). Writes must come from the console\'s own origin.',
        },
        ownerSession: {
          type: 'apiKey',
          in: 'cookie',
          name: ownerSessionCookieName,
          description:
            "An owner signed in to the owner space (e-mailed code or link), for their own pieces only. Sent with `credentials: 'include'` from an origin one of the brand's publishable keys allows (HttpOnly, Secure, SameSite=None, Partitioned); writes must carry such an Origin.",
        },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Makes a POST safe to retry: a replay with the same key returns the first response; the same key with another body answers 422 `idempotency_key_reused`; while the first is in progress, 409 `idempotency_key_in_use`. @atelier/client always sends one.',
          schema: { type: 'string', minLength: 1, maxLength: idempotencyKeyMaxLength },
        },
      },
      headers: {
        RateLimit: {
          description: 'Remaining quota of the current window (IETF RateLimit header fields), e.g. `"default";r=99;t=42`.',
          schema: { type: 'string' },
        },
        'RateLimit-Policy': {
          description: 'The quota policy applied, e.g. `"default";q=100;w=60`.',
          schema: { type: 'string' },
        },
        'Retry-After': {
          description: 'Seconds to wait before retrying.',
          schema: { type: 'integer', minimum: 0 },
        },
      },
    },
  };
}

/** The checked-in `openapi.json` text: two-space indentation and a final newline, for readable diffs. */
export function formatOpenApiDocument(document: OpenApiDocument = buildOpenApiDocument()): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
