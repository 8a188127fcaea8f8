/**
 * How a feature exposes an operation of the contract: it pairs the declared operation with a
 * handler that receives already-validated, typed input and the authenticated caller.
 * The HTTP layer (auth, CORS, idempotency, validation, problem+json) is applied by
 * `registerOperations` before any handler runs.
 */
import type { Operation, ParsedParamsOf, ParsedQueryOf, ParsedRequestOf, ResponseOf } from '@atelier/client/contract';
import type { CheckedJson } from './checked-json.ts';
import type { AnonymousCaller, Caller } from './principal.ts';

export type { AnonymousCaller, Caller } from './principal.ts';

/**
 * The HTTP exchange beneath an operation, for the few handlers that deal in cookies (sessions):
 * the request as received, and headers to add to the answer (`Set-Cookie`). Stored idempotent
 * answers never keep them (http/idempotency.ts), so a replay sets no cookie.
 */
export interface HttpExchange {
  request: Request;
  responseHeaders: Headers;
}

export interface HandlerInput<Op> {
  params: ParsedParamsOf<Op>;
  query: ParsedQueryOf<Op>;
  body: ParsedRequestOf<Op>;
  caller: Caller;
  http: HttpExchange;
}

/** What the handler of an operation open to anyone (`access.anyone`) receives: no principal. */
export interface AnonymousHandlerInput<Op> extends Omit<HandlerInput<Op>, 'caller'> {
  caller: AnonymousCaller;
}

export type OperationHandler<Op> = (input: HandlerInput<Op>) => Promise<ResponseOf<Op>>;
export type AnonymousOperationHandler<Op> = (input: AnonymousHandlerInput<Op>) => Promise<ResponseOf<Op>>;

/** A handler whose answer is already checked against the contract and serialised (checked-json.ts). */
export type CheckedJsonHandler<Op extends Operation> = (input: HandlerInput<Op>) => Promise<CheckedJson<Op>>;

export type OperationRoute =
  /** The answer is checked against the operation's response schema, then serialised, on the event loop. */
  | { operation: Operation; answers: 'value'; handler: OperationHandler<Operation> }
  /** An operation open to anyone (`access.anyone`), answered as `value`. */
  | { operation: Operation; answers: 'anonymous'; handler: AnonymousOperationHandler<Operation> }
  /** The answer was checked and serialised where it was built (`checkedJson`); it is sent as is. */
  | { operation: Operation; answers: 'checked-json'; handler: CheckedJsonHandler<Operation> };

/** Binds a handler to its operation, keeping the handler's input and output typed by that operation. */
export function route<Op extends Operation>(operation: Op, handler: OperationHandler<Op>): OperationRoute {
  return { operation, answers: 'value', handler: handler as unknown as OperationHandler<Operation> };
}

/** Binds the handler of an operation open to anyone (`access.anyone`): it sees no principal, only where the call came from. */
export function anonymousRoute<Op extends Operation>(operation: Op, handler: AnonymousOperationHandler<Op>): OperationRoute {
  if (!operation.access.anyone) throw new Error(`${operation.id} is not open to anyone: bind it with route()`);
  return { operation, answers: 'anonymous', handler: handler as unknown as AnonymousOperationHandler<Operation> };
}

/**
 * Binds a handler answering with JSON already checked against this very operation's contract
 * (`CheckedJson<Op>`, made only by `checkedJson`): for an answer built off the event loop, whose
 * check and serialisation are best done there too.
 */
export function checkedRoute<Op extends Operation>(operation: Op, handler: CheckedJsonHandler<Op>): OperationRoute {
  return { operation, answers: 'checked-json', handler: handler as unknown as CheckedJsonHandler<Operation> };
}
