/**
 * One way every console form sends: pending while the call runs, the person's input untouched
 * whatever happens, the answer's errors in words (form-level and by field name), and one
 * idempotency key kept until the server has answered, so sending again after a network failure
 * cannot do the thing twice. A 401 tells the shell the session is gone.
 */
import type { CallOptions } from '@atelier/client';
import { generateIdempotencyKey } from '@atelier/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsoleMessages } from '../locales/en.ts';
import { describeError } from './error-words.ts';
import type { ErrorWords } from './error-words.ts';
import { signedOut } from './events.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export class SubmissionController implements ReactiveController {
  pending = false;
  /** The last failure in words; undefined after a success. */
  failure: ErrorWords | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #messages: () => ConsoleMessages;
  #idempotencyKey = generateIdempotencyKey();

  constructor(host: ReactiveControllerHost & HTMLElement, messages: () => ConsoleMessages) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `send`; resolves to its answer, or `{ ok: false }` when it failed (the errors are then set) or one is already running. */
  async submit<T>(send: (options: CallOptions) => Promise<T>): Promise<Outcome<T>> {
    if (this.pending) return { ok: false };
    this.pending = true;
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const value = await send({ idempotencyKey: this.#idempotencyKey });
      this.#idempotencyKey = generateIdempotencyKey();
      return { ok: true, value };
    } catch (error) {
      const words = describeError(error, this.#messages());
      // Answered (even with a refusal): the next attempt is a new request. Unanswered: the same one again.
      if (!words.unanswered) this.#idempotencyKey = generateIdempotencyKey();
      this.failure = words;
      if (words.signedOut) this.#host.dispatchEvent(signedOut());
      return { ok: false };
    } finally {
      this.pending = false;
      this.#host.requestUpdate();
    }
  }

  /** Forgets the errors (the person changed the form, or closed it). */
  reset(): void {
    this.failure = undefined;
    this.#host.requestUpdate();
  }

  /** The sentence shown above the form, when the failure is not only about its fields. */
  get errorMessage(): string | undefined {
    return this.failure && Object.keys(this.failure.fieldErrors).length === 0 ? this.failure.message : undefined;
  }

  /** The words for field `name`, or for one of its items (`allowedOrigins.1` is shown under `allowedOrigins`). */
  fieldError(name: string): string | undefined {
    const fieldErrors = this.failure?.fieldErrors ?? {};
    return fieldErrors[name] ?? Object.entries(fieldErrors).find(([path]) => path.startsWith(`${name}.`))?.[1];
  }
}
