/**
 * One form's submissions: whether one is under way, and the idempotency key that makes a resend
 * after a lost answer count once. The same request sent again after no answer (offline, timeout,
 * a 5xx) reuses its key, so the server applies it once; an answer, a refusal or a changed request
 * starts afresh with a new key.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { generateIdempotencyKey } from '@atelier/client';
import type { FieldError } from '@atelier/client/contract';
import { classifyFailure } from '../base/failure.ts';
import type { Failure } from '../base/failure.ts';

export interface SendOptions {
  idempotencyKey: string;
  signal: AbortSignal;
}

export type SubmissionResult<Answer> = { ok: true; answer: Answer } | { ok: false; failure: Failure; error: unknown };

export class SubmissionController implements ReactiveController {
  /** A submission is under way: the form shows it and does not send another. */
  pending = false;
  readonly #host: ReactiveControllerHost;
  /** The last submission that got no answer, so sending it again reuses its idempotency key. */
  #unanswered: { payload: string; idempotencyKey: string } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Sends `request` through `call`. Resolves to the answer or the failure, sorted for the widget to
   * show; or `undefined` when `signal` was aborted (the element left the page): nothing to show then.
   */
  async send<Answer>(request: unknown, signal: AbortSignal, call: (options: SendOptions) => Promise<Answer>): Promise<SubmissionResult<Answer> | undefined> {
    const payload = JSON.stringify(request);
    if (this.#unanswered?.payload !== payload) this.#unanswered = { payload, idempotencyKey: generateIdempotencyKey() };
    this.#setPending(true);
    try {
      const answer = await call({ idempotencyKey: this.#unanswered.idempotencyKey, signal });
      this.#unanswered = undefined;
      return { ok: true, answer };
    } catch (error) {
      if (signal.aborted) return undefined;
      const failure = classifyFailure(error);
      // Only a submission that may not have reached the server is sent again with the same key.
      if (failure.kind === 'fields' || failure.kind === 'refused') this.#unanswered = undefined;
      return { ok: false, failure, error };
    } finally {
      this.#setPending(false);
    }
  }

  #setPending(pending: boolean): void {
    this.pending = pending;
    this.#host.requestUpdate();
  }
}

/**
 * The field errors a failure is about: those the server named, or, for a refusal about one input
 * that names no field (`unknown_serial`), that input by `fieldOfDomainCode`. `undefined` when the
 * failure is about no field.
 */
export function fieldErrorsOf(failure: Failure, fieldOfDomainCode: Readonly<Record<string, string>>): FieldError[] | undefined {
  if (failure.kind === 'fields') return failure.fieldErrors;
  const path = failure.kind === 'refused' ? fieldOfDomainCode[failure.code] : undefined;
  return path && failure.kind === 'refused' ? [{ path, code: failure.code, message: '' }] : undefined;
}
