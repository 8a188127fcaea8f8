/**
 * The paths the server answers outside the operation table: the GS1 Digital Link resolver a
 * warranty card's QR code opens, the health probes and this document itself. None takes a key and
 * none is called through the client, so they are described here, by hand, next to the generated
 * operations; a test checks every response they name a schema for resolves.
 */
import { gs1SerialMaxLength, linkTypeQueryParameter } from './digital-link.ts';
import { problemMediaType } from './contract/problem.ts';

/** The tags of these paths, beside the contract's. */
export const platformTagDescriptions: Record<string, string> = {
  'digital-link': 'The GS1 Digital Link resolver: where the QR code of a warranty card leads.',
  platform: 'Health probes and this document.',
  unsubscribe: "One-click unsubscribe (RFC 8058): the link in the List-Unsubscribe header of the concierge's e-mails and the brand's invitations.",
};

const problem = (codes: string[]) => ({
  [problemMediaType]: {
    schema: { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { code: { enum: codes } } }] },
  },
});

const htmlPage = { 'text/html': { schema: { type: 'string' } } };

const rateLimitHeaders = {
  RateLimit: { $ref: '#/components/headers/RateLimit' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
};

const varyAccept = { Vary: { description: 'Accept: the answer depends on it.', schema: { type: 'string' } } };

const digitalLinkResolver = {
  get: {
    operationId: 'resolveDigitalLink',
    summary: 'Resolve a GS1 Digital Link (the QR code of a warranty card)',
    description:
      'Content-negotiated. A client whose `Accept` asks for `application/json` only gets the public provenance record ' +
      '(`linkType` absent, `all` or `gs1:pip`) or problem+json. Anyone else (a browser) is redirected (307) to the brand page of ' +
      'the link type: `gs1:pip` the provenance page, `gs1:registerProduct` the activation page, `gs1:serviceInfo` the repair ' +
      "page; for an unknown serial, to the provenance page with that serial, which shows the piece is unknown; a link that cannot " +
      "be read, or whose GTIN is not the piece's, gets a small HTML page instead. A piece with a GTIN resolves only under it; " +
      'a piece without one under any valid GTIN. Also answered: `/01/{gtin}/10/{lot}/21/{serial}` and the `/gtin/{gtin}/ser/{serial}` form. ' +
      'Limited per client address; no key (a QR code carries none).',
    tags: ['digital-link'],
    security: [],
    parameters: [
      {
        name: 'gtin',
        in: 'path',
        required: true,
        description: 'GTIN-8, -12, -13 or -14 with a valid check digit.',
        schema: { type: 'string', pattern: '^(\\d{8}|\\d{12,14})$' },
      },
      {
        name: 'serial',
        in: 'path',
        required: true,
        description: 'The serial number (GS1 AI 21), percent-encoded where needed.',
        schema: { type: 'string', minLength: 1, maxLength: gs1SerialMaxLength },
      },
      {
        name: linkTypeQueryParameter,
        in: 'query',
        required: false,
        description: 'Which page to open; `all` and absent mean `gs1:pip`.',
        schema: { type: 'string', enum: ['all', 'gs1:pip', 'gs1:registerProduct', 'gs1:serviceInfo'] },
      },
    ],
    responses: {
      '200': {
        description: 'OK: the public provenance record (JSON clients, provenance link type).',
        headers: { ...rateLimitHeaders, ...varyAccept },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ProvenanceRecord' } } },
      },
      '307': {
        description: 'Temporary Redirect: to the brand page the link type names (browsers).',
        headers: { Location: { description: 'The brand page, its URL filled with the serial.', schema: { type: 'string', format: 'uri' } }, ...rateLimitHeaders, ...varyAccept },
      },
      '404': {
        description: 'Not Found: `unknown_serial` (no piece with this GTIN and serial), `not_found` (no page for this link type).',
        headers: varyAccept,
        content: { ...problem(['unknown_serial', 'not_found']), ...htmlPage },
      },
      '422': {
        description: 'Unprocessable Content: `validation_failed` (the link cannot be read; `errors[]` names gtin, serial or linkType).',
        headers: varyAccept,
        content: { ...problem(['validation_failed']), ...htmlPage },
      },
      '429': {
        description: 'Too Many Requests: `rate_limited`.',
        headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateLimitHeaders, ...varyAccept },
        content: { ...problem(['rate_limited']), ...htmlPage },
      },
    },
  },
};

/**
 * Any request, these paths included, whose URL or headers are over Node's limit is refused before
 * it is routed (@atelier/node-serve); for the probes and this document it is the one 4XX they give.
 */
const headersTooLarge = {
  '431': {
    description: 'Request Header Fields Too Large: `headers_too_large` (the URL or the headers are over the server\'s limit).',
    content: problem(['headers_too_large']),
  },
};

const status = (value: string) => ({
  'application/json': { schema: { type: 'object', properties: { status: { const: value } }, required: ['status'], additionalProperties: false } },
});

const unsubscribeToken = {
  name: 'token',
  in: 'path',
  required: true,
  description: 'The token of the e-mail (a secret of its recipient; the server keeps its hash only).',
  schema: { type: 'string' },
};

const unsubscribeList = {
  name: 'list',
  in: 'query',
  required: false,
  description: "Which e-mails the page names: `marketing` (an invitation's link: news and invitations), else service reminders. Only the page's words: what is withdrawn is the token's own consent.",
  schema: { type: 'string', enum: ['service', 'marketing'] },
};

const tooManyUnsubscribes = {
  '429': {
    description: 'Too Many Requests: `rate_limited`.',
    headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateLimitHeaders },
    content: problem(['rate_limited']),
  },
};

const unsubscribeLink = {
  get: {
    operationId: 'showUnsubscribePage',
    summary: 'The unsubscribe page: a button that POSTs (a GET changes nothing)',
    description:
      'Mail clients and link scanners fetch links with GET, so GET only shows a small page, in the language of `Accept-Language`, ' +
      'whose button POSTs the one-click form below. The same page for every token. Limited per client address.',
    tags: ['unsubscribe'],
    security: [],
    parameters: [unsubscribeToken, unsubscribeList],
    responses: { '200': { description: 'OK: the page.', headers: rateLimitHeaders, content: htmlPage }, ...tooManyUnsubscribes },
  },
  post: {
    operationId: 'unsubscribeOneClick',
    summary: "One-click unsubscribe: no more service reminders, or news and invitations, to the e-mail's recipient",
    description:
      "RFC 8058: the body is the form field `List-Unsubscribe=One-Click` (urlencoded or multipart). Withdraws the recipient's consent " +
      "to the e-mail's purpose (service for a care reminder, marketing for an invitation), kept in their consent history with its time and the source `one_click_unsubscribe`; again, it changes " +
      'nothing more. The same answer for every token, known or not: it tells nothing of the token. Limited per client address.',
    tags: ['unsubscribe'],
    security: [],
    parameters: [unsubscribeToken, unsubscribeList],
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object', properties: { 'List-Unsubscribe': { const: 'One-Click' } }, required: ['List-Unsubscribe'] },
        },
        'multipart/form-data': {
          schema: { type: 'object', properties: { 'List-Unsubscribe': { const: 'One-Click' } }, required: ['List-Unsubscribe'] },
        },
      },
    },
    responses: {
      '200': { description: 'OK: a page saying it is done.', headers: rateLimitHeaders, content: htmlPage },
      '422': { description: 'Unprocessable Content: `validation_failed` (no `List-Unsubscribe=One-Click` form field).', content: problem(['validation_failed']) },
      ...tooManyUnsubscribes,
    },
  },
};

const calendarFeed = {
  get: {
    operationId: 'getCalendarFeed',
    summary: "An owner's private calendar feed (iCalendar), as a calendar application subscribes to it",
    description:
      "No key and no cookie: the token in the address is the credential (the owner makes and replaces it with PUT /v1/owner/calendar-feed; " +
      "the server keeps its SHA-256 only, and the request log names the path without it). RFC 5545, CRLF, lines folded at 75 octets: " +
      "per piece the owner holds, the warranty's end and each kind of care's due date as all-day events (VALUE=DATE), each with one " +
      'DISPLAY alarm (30 days before the warranty ends, 14 before a care), in the owner\'s language; REFRESH-INTERVAL one day. ' +
      'An unknown, malformed or replaced token answers the same 404. Limited per client address.',
    tags: ['owner-documents'],
    security: [],
    parameters: [
      {
        name: 'token',
        in: 'path',
        required: true,
        description: 'The feed\'s token: 43 base64url characters (32 random bytes), a secret of the owner\'s.',
        schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
      },
    ],
    responses: {
      '200': {
        description: 'OK: the calendar.',
        headers: rateLimitHeaders,
        content: { 'text/calendar': { schema: { type: 'string' } } },
      },
      '404': { description: 'Not Found: `not_found` (no live feed has this address).', content: problem(['not_found']) },
      '429': {
        description: 'Too Many Requests: `rate_limited`.',
        headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateLimitHeaders },
        content: problem(['rate_limited']),
      },
    },
  },
};

/** The non-contract paths of the document, by path. */
export const platformPaths: Record<string, Record<string, unknown>> = {
  '/01/{gtin}/21/{serial}': digitalLinkResolver,
  '/v1/unsubscribe/{token}': unsubscribeLink,
  '/v1/calendar-feeds/{token}.ics': calendarFeed,
  '/healthz': {
    get: {
      operationId: 'checkLiveness',
      summary: 'Liveness: the process answers',
      description: 'For an orchestrator: answers as long as the process runs, without touching the database.',
      tags: ['platform'],
      security: [],
      responses: { '200': { description: 'OK.', content: status('ok') }, ...headersTooLarge },
    },
  },
  '/readyz': {
    get: {
      operationId: 'checkReadiness',
      summary: 'Readiness: the database is reachable',
      description: 'For a load balancer: send traffic only while this answers 200.',
      tags: ['platform'],
      security: [],
      responses: {
        '200': { description: 'OK.', content: status('ready') },
        ...headersTooLarge,
        '503': { description: 'Service Unavailable: `service_unavailable` (the database is not reachable).', content: problem(['service_unavailable']) },
      },
    },
  },
  '/v1/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI document',
      tags: ['platform'],
      security: [],
      description: 'Limited per client address, as every call without a key.',
      responses: {
        '200': { description: 'OK.', headers: rateLimitHeaders, content: { 'application/json': { schema: { type: 'object' } } } },
        '429': {
          description: 'Too Many Requests: `rate_limited`.',
          headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...rateLimitHeaders },
          content: problem(['rate_limited']),
        },
        ...headersTooLarge,
      },
    },
  },
};
