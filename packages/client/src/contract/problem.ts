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
  'unknown_service_centre',
  'service_not_offered',
  'date_in_future',
  'already_reported_stolen',
  'not_reported_stolen',
  'no_registered_owner',
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
  unknown_service_centre: 422,
  service_not_offered: 422,
  date_in_future: 422,
  already_reported_stolen: 409,
  not_reported_stolen: 409,
  no_registered_owner: 409,
} as const satisfies Record<ErrorCode, number>;

export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.number().check(z.int(), z.gte(400), z.lte(599)),
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
