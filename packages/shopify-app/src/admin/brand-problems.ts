/**
 * What the admin page is told when a call to the brand's API fails, in words that say what to do:
 * the merchant cannot read the brand's logs, so each answer names whose move it is (retry, a new
 * key from the brand, tell the brand). Each failure is logged with its code, never with the key.
 */
import { ApiError, AtelierClientError, ResponseValidationError, ValidationError } from '@atelier/client';
import { problem } from '../http-problem.ts';
import type { Logger } from '../logger.ts';

/** The brand's API refused or failed the call: the admin API's answer to it, or undefined for an error that is not the brand's (a bug, rethrown). */
export function brandProblem(error: unknown, context: { shop: string; operation: string; logger: Logger }): Response | undefined {
  if (!(error instanceof AtelierClientError)) return undefined;
  const status = error instanceof ApiError ? error.status : undefined;
  context.logger.error('brand_call_failed', { shop: context.shop, operation: context.operation, code: error.code, status });
  if (error instanceof ApiError) {
    if (status === 401 || status === 403) {
      return problem(
        409,
        'retailer_key_refused',
        "The brand no longer accepts this shop's retailer key (it may have been revoked or replaced). Ask the brand for your retailer key (rk_…) and enter it under Brand connection.",
      );
    }
    if (status === 429) return problem(503, 'brand_busy', "The brand's service is busy: try again in a minute.");
    if (status === 422 || status === 400) {
      return problem(422, 'validation_failed', error.message, error.fieldErrors.map((field) => ({ path: field.path, code: field.code, message: field.message })));
    }
    return problem(502, 'upstream_error', "The brand's service answered with an error: try again in a moment. If it lasts, tell the brand.");
  }
  if (error instanceof ValidationError) {
    // Refused by the contract before it was sent (the routes check their input first, so this is rare).
    return problem(422, 'validation_failed', 'Check the highlighted fields.', error.fieldErrors.map((field) => ({ path: field.path, code: field.code, message: field.message })));
  }
  if (error instanceof ResponseValidationError) {
    return problem(502, 'upstream_invalid', "The brand's service answered in a form this app does not understand: tell the brand (the app may need updating).");
  }
  // A network error or a timeout: nothing answered.
  return problem(502, 'upstream_unavailable', "The brand's service did not answer: try again in a moment. If it lasts, tell the brand.");
}
