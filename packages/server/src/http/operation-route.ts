/**
 * How a feature exposes an operation of the contract: it pairs the declared operation with a
 * handler that receives already-validated, typed input and the authenticated caller.
 * The HTTP layer (auth, CORS, idempotency, validation, problem+json) is applied by
 * `registerOperations` before any handler runs.
 */
import type { Operation, ParsedParamsOf, ParsedQueryOf, ParsedRequestOf, ResponseOf } from '@atelier/client/contract';
import type { CheckedJson } from './checked-json.ts';
import type { Caller } from './principal.ts';

export type { Caller } from './principal.ts';

export interface HandlerInput<Op> {
  params: ParsedParamsOf<Op>;
  query: ParsedQueryOf<Op>;
  body: ParsedRequestOf<Op>;
  caller: Caller;
}

export type OperationHandler<Op> = (input: HandlerInput<Op>) => Promise<ResponseOf<Op>>;

/** A handler whose answer is already checked against the contract and serialised (checked-json.ts). */
export type CheckedJsonHandler<Op extends Operation> = (input: HandlerInput<Op>) => Promise<CheckedJson<Op>>;

export type OperationRoute =
  /** The answer is checked against the operation's response schema, then serialised, on the event loop. */
  | { operation: Operation; answers: 'value'; handler: OperationHandler<Operation> }
  /** The answer was checked and serialised where it was built (`checkedJson`); it is sent as is. */
  | { operation: Operation; answers: 'checked-json'; handler: CheckedJsonHandler<Operation> };

/** Binds a handler to its operation, keeping the handler's input and output typed by that operation. */
export function route<Op extends Operation>(operation: Op, handler: OperationHandler<Op>): OperationRoute {
  return { operation, answers: 'value', handler: handler as unknown as OperationHandler<Operation> };
}

/**
 * Binds a handler answering with JSON already checked against this very operation's contract
 * (`CheckedJson<Op>`, made only by `checkedJson`): for an answer built off the event loop, whose
 * check and serialisation are best done there too.
 */
export function checkedRoute<Op extends Operation>(operation: Op, handler: CheckedJsonHandler<Op>): OperationRoute {
  return { operation, answers: 'checked-json', handler: handler as unknown as CheckedJsonHandler<Operation> };
}
