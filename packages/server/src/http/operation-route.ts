/**
 * How a feature exposes an operation of the contract: it pairs the declared operation with a
 * handler that receives already-validated, typed input and the authenticated caller.
 * The HTTP layer (auth, CORS, idempotency, validation, problem+json) is applied by
 * `registerOperations` before any handler runs.
 */
import type { Operation, ParsedParamsOf, ParsedRequestOf, ResponseOf } from '@atelier/client/contract';

/** The authenticated caller of an operation. */
export interface Caller {
  brandId: string;
  apiKeyId: string;
  keyKind: 'publishable' | 'secret';
  /** The client's address, for the record of an estimate decision or a consent. */
  ip: string;
}

export interface HandlerInput<Op> {
  params: ParsedParamsOf<Op>;
  body: ParsedRequestOf<Op>;
  caller: Caller;
}

export type OperationHandler<Op> = (input: HandlerInput<Op>) => Promise<ResponseOf<Op>>;

export interface OperationRoute {
  operation: Operation;
  handler: OperationHandler<Operation>;
}

/** Binds a handler to its operation, keeping the handler's input and output typed by that operation. */
export function route<Op extends Operation>(operation: Op, handler: OperationHandler<Op>): OperationRoute {
  return { operation, handler: handler as unknown as OperationHandler<Operation> };
}
