/**
 * RFC 9457 problem details: the one shape of every error the API answers.
 * `code` is stable and meant for programs; `title` and `detail` are for people.
 */
import * as z from 'zod/mini';

/** One invalid input, addressed by its dotted path in the request (`owner.email`). */
export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * Every error code the API may answer, across all operations.
 * Each operation lists the subset it can produce; clients switch on these.
 */
export const errorCodes = [
  // request shape and transport
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  // refused by the HTTP layer before any operation sees the request (no operation lists them)
  'headers_too_large',
  'malformed_request',
  'request_timeout',
  'not_found',
  'method_not_allowed',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  // authentication
  'missing_api_key',
  'invalid_api_key',
  'secret_key_in_browser',
  'origin_not_allowed',
  'forbidden',
  // idempotency
  'idempotency_key_reused',
  'idempotency_key_in_use',
  'invalid_idempotency_key',
  // domain
  'unknown_serial',
  'unknown_retailer',
  'invalid_card_code',
  'too_many_attempts',
  'already_activated',
  'item_unavailable',
  'purchase_date_in_future',
  'purchase_date_before_manufacture',
  'invalid_confirmation_token',
  'confirmation_token_expired',
  'transfer_no_longer_possible',
  'unknown_service_centre',
  'service_not_offered',
  'date_in_future',
  'already_reported_stolen',
  'not_reported_stolen',
  'already_reported_lost',
  'no_registered_owner',
  'unknown_sale',
  'void_window_closed',
  'sale_not_voidable',
  'price_already_recorded',
  'unknown_repair',
  'invalid_transition',
  'repair_status_changed',
  'unknown_slot',
  'slot_full',
  'estimate_required',
  'estimate_expired',
  'repair_not_returned',
  'already_rated',
  'unknown_client',
  'unknown_care_rule',
  // money: exchange rates and acquisition spend
  'unknown_exchange_rate',
  'unknown_acquisition_spend',
  'unknown_client_note',
  'unknown_profile_share',
  'unknown_care_reminder',
  'care_reminder_not_draft',
  // from the brand: invitations and news
  'unknown_invitation',
  'invitation_already_sent',
  'invitation_full',
  'invitation_closed',
  'unknown_brand_news',
  'brand_news_already_published',
  // people and console sessions
  'session_expired',
  'invalid_sign_in_link',
  'sign_in_link_expired',
  'unknown_session',
  'unknown_person',
  'person_exists',
  'last_admin',
  'passkey_not_recognized',
  'passkey_challenge_expired',
  'passkey_not_verified',
  'passkey_already_registered',
  'unknown_passkey',
  'unknown_api_key',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * The HTTP status each code is answered with: one home, so the server answers what the
 * OpenAPI document promises.
 */
export const errorStatuses = {
  validation_failed: 422,
  malformed_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  headers_too_large: 431,
  malformed_request: 400,
  request_timeout: 408,
  not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
  missing_api_key: 401,
  invalid_api_key: 401,
  secret_key_in_browser: 403,
  origin_not_allowed: 403,
  forbidden: 403,
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
  invalid_idempotency_key: 400,
  unknown_serial: 404,
  unknown_retailer: 422,
  invalid_card_code: 422,
  too_many_attempts: 429,
  already_activated: 409,
  item_unavailable: 409,
  purchase_date_in_future: 422,
  purchase_date_before_manufacture: 422,
  invalid_confirmation_token: 404,
  confirmation_token_expired: 410,
  transfer_no_longer_possible: 410,
  unknown_service_centre: 404,
  service_not_offered: 422,
  date_in_future: 422,
  already_reported_stolen: 409,
  not_reported_stolen: 409,
  already_reported_lost: 409,
  no_registered_owner: 409,
  unknown_sale: 404,
  void_window_closed: 409,
  sale_not_voidable: 409,
  price_already_recorded: 409,
  unknown_repair: 404,
  invalid_transition: 409,
  repair_status_changed: 409,
  unknown_slot: 422,
  slot_full: 409,
  estimate_required: 422,
  estimate_expired: 409,
  repair_not_returned: 409,
  already_rated: 409,
  unknown_client: 404,
  unknown_care_rule: 404,
  unknown_exchange_rate: 404,
  unknown_acquisition_spend: 404,
  unknown_client_note: 404,
  unknown_profile_share: 404,
  unknown_care_reminder: 404,
  care_reminder_not_draft: 409,
  unknown_invitation: 404,
  invitation_already_sent: 409,
  invitation_full: 409,
  invitation_closed: 409,
  unknown_brand_news: 404,
  brand_news_already_published: 409,
  session_expired: 401,
  invalid_sign_in_link: 404,
  sign_in_link_expired: 410,
  unknown_session: 404,
  unknown_person: 404,
  person_exists: 409,
  last_admin: 409,
  passkey_not_recognized: 400,
  passkey_challenge_expired: 410,
  passkey_not_verified: 422,
  passkey_already_registered: 409,
  unknown_passkey: 404,
  unknown_api_key: 404,
} as const satisfies Record<ErrorCode, number>;
export type ErrorStatus = (typeof errorStatuses)[ErrorCode];

/** RFC 9110 reason phrases of the statuses in `errorStatuses`: a problem's `title` when its code has none of its own. */
export const httpReasonPhrases = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
} as const satisfies Record<ErrorStatus, string>;

/**
 * A short title per transport code, the same for every operation. Domain codes have none: their
 * `detail` says what went wrong, so their title is the reason phrase of their status.
 */
export const problemTitles: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request has invalid fields',
  malformed_json: 'The request body is not valid JSON',
  unsupported_media_type: 'The request body must be application/json',
  payload_too_large: 'The request body is too large',
  headers_too_large: 'The request\'s URL or headers are too large',
  malformed_request: 'The request is not valid HTTP',
  request_timeout: 'The request was not received in time',
  not_found: 'Nothing here',
  method_not_allowed: 'This method is not allowed here',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong on our side',
  service_unavailable: 'The service is unavailable',
  missing_api_key: 'An API key is required',
  invalid_api_key: 'The API key is not valid',
  secret_key_in_browser: 'A secret key must never be used from a web page',
  origin_not_allowed: 'This key may not be used from this origin',
  forbidden: 'This key may not call this operation',
  idempotency_key_reused: 'This idempotency key was used for another request',
  idempotency_key_in_use: 'A request with this idempotency key is still in progress',
  invalid_idempotency_key: 'The idempotency key is not valid',
  session_expired: 'The console session has ended',
};

/** The `title` of a problem with this code: the server answers it, the OpenAPI document shows it. */
export function problemTitle(code: ErrorCode): string {
  return problemTitles[code] ?? httpReasonPhrases[errorStatuses[code]];
}

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int(), z.gte(400), z.lte(599)),
  code: z.string(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;

export const problemMediaType = 'application/problem+json';

/** The `type` URI of a problem: a stable, documented address per code. */
export function problemType(code: string): string {
  return `https://atelier.dev/problems/${code.replaceAll('_', '-')}`;
}
