/**
 * Form state for a widget: the values as typed, which fields the person has left, the contract's
 * verdict on them, and the server's field errors addressed by the same dotted paths
 * (`owner.email`). Errors appear on a field only once the person has left it or tried to submit,
 * so nobody is scolded for a field they have not reached yet.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toFieldErrors } from '@atelier/client/contract';
import type { FieldError } from '@atelier/client/contract';
import type * as z from 'zod/mini';

export type FieldValue = string | boolean;
export type FormValues = Record<string, FieldValue>;

/** A text field's value for a request: what was typed, or `undefined` when it is empty or blank, so the contract says "required". */
export function optionalText(values: FormValues, path: string): string | undefined {
  const value = values[path];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The contract's schema for the request a form sends. */
export type RequestSchema<Request> = z.ZodMiniType<unknown, Request>;

export interface FormControllerOptions<Request> {
  /**
   * The contract's schema for the request this form sends; or none yet, for a form drawn before
   * its validation code has loaded (then `useSchema` once it has, before `attemptSubmit`).
   */
  schema?: RequestSchema<Request>;
  /** Builds the request from the values; empty inputs should become `undefined` so the contract says "required". */
  toRequest: (values: FormValues) => Request;
  /** Values before the person types; a field not listed starts empty (`''`, or unchecked). */
  initialValues?: FormValues;
}

export type SubmitAttempt<Request> = { ok: true; request: Request } | { ok: false; errors: FieldError[] };

export class FormController<Request> implements ReactiveController {
  readonly values: FormValues;
  readonly #host: ReactiveControllerHost;
  readonly #options: FormControllerOptions<Request>;
  #schema: RequestSchema<Request> | undefined;
  readonly #touched = new Set<string>();
  readonly #edited = new Set<string>();
  #submitAttempted = false;
  #clientErrors = new Map<string, FieldError>();
  #serverErrors = new Map<string, FieldError>();

  constructor(host: ReactiveControllerHost, options: FormControllerOptions<Request>) {
    this.#host = host;
    this.#options = options;
    this.#schema = options.schema;
    this.values = { ...options.initialValues };
    host.addController(this);
  }

  hostConnected(): void {
    this.#validate();
  }

  string(path: string): string {
    const value = this.values[path];
    return typeof value === 'string' ? value : '';
  }

  checked(path: string): boolean {
    return this.values[path] === true;
  }

  /** The person changed a field: what the server said about its old value no longer holds. */
  set(path: string, value: FieldValue): void {
    this.values[path] = value;
    this.#edited.add(path);
    this.#serverErrors.delete(path);
    this.#validate();
    this.#host.requestUpdate();
  }

  /**
   * The person left a field: from now on it is validated as they type. Only a field they changed:
   * tabbing past an empty field on the way to another says nothing is wrong with it yet.
   */
  touch(path: string): void {
    if (this.#edited.has(path)) this.reveal(path);
  }

  /** Shows the field's error, if any, whether or not the person changed it: a step they try to leave. */
  reveal(path: string): void {
    if (this.#touched.has(path)) return;
    this.#touched.add(path);
    this.#host.requestUpdate();
  }

  /** The error to show on a field, if any: the server's first, then the contract's once the field was touched. */
  errorFor(path: string): FieldError | undefined {
    const server = this.#serverErrors.get(path);
    if (server) return server;
    if (!this.#submitAttempted && !this.#touched.has(path)) return undefined;
    return this.#clientErrors.get(path);
  }

  /** Every error currently shown, in the order of `paths` (the form's order), then any for paths the form lacks. */
  visibleErrors(paths: readonly string[]): FieldError[] {
    const shown: FieldError[] = [];
    for (const path of paths) {
      const error = this.errorFor(path);
      if (error) shown.push(error);
    }
    for (const [path, error] of this.#serverErrors) if (!paths.includes(path)) shown.push(error);
    return shown;
  }

  /** Field errors the server answered with; each stays until its field is edited. */
  setServerErrors(errors: readonly FieldError[]): void {
    this.#serverErrors = new Map();
    for (const error of errors) if (!this.#serverErrors.has(error.path)) this.#serverErrors.set(error.path, error);
    this.#host.requestUpdate();
  }

  /** Whether the form can be checked (and submitted) yet. */
  get hasSchema(): boolean {
    return this.#schema !== undefined;
  }

  /** The schema has loaded: what the person typed so far is checked against it. */
  useSchema(schema: RequestSchema<Request>): void {
    if (this.#schema === schema) return;
    this.#schema = schema;
    this.#validate();
    this.#host.requestUpdate();
  }

  /** Checks the whole form against the contract, as a submit does; every error becomes visible. */
  attemptSubmit(): SubmitAttempt<Request> {
    if (!this.#schema) throw new Error('FormController: attemptSubmit() before useSchema().');
    this.#submitAttempted = true;
    this.#serverErrors = new Map();
    const result = this.#validate();
    this.#host.requestUpdate();
    if (result.success) return { ok: true, request: this.#options.toRequest(this.values) };
    return { ok: false, errors: [...this.#clientErrors.values()] };
  }

  #validate(): { success: boolean } {
    // Without its schema the form is still drawn and typed in; only a submit needs the verdict.
    if (!this.#schema) return { success: false };
    const request = this.#options.toRequest(this.values);
    const result = this.#schema.safeParse(request);
    this.#clientErrors = new Map();
    if (!result.success) {
      for (const error of toFieldErrors(result.error.issues, request)) {
        if (!this.#clientErrors.has(error.path)) this.#clientErrors.set(error.path, error);
      }
    }
    return { success: result.success };
  }
}
