/**
 * Checking an answer against its operation's contract, and the answer already checked and
 * serialised. Every response goes through `checkResponse`: parsing it through the contract's
 * schema drops any field the contract does not name, so a handler can never leak more than the
 * documented response.
 *
 * `CheckedJson<Op>` is that check's output serialised, typed for one operation: only
 * `checkedJson` (which runs the check) produces one, and only a route made with `checkedRoute`
 * (operation-route.ts) may answer with one. It exists so the check and the serialisation can run
 * where the answer is built — the public provenance lookup builds its record on the SQLite reader
 * thread — rather than on the event loop. It is a string, so it crosses to another thread as is.
 */
import { toFieldErrors, type Operation, type ResponseOf } from '@atelier/client/contract';
import * as z from 'zod/mini';

declare const checkedAgainst: unique symbol;

/** JSON text of a response of `Op` that passed `Op`'s response schema (see `checkedJson`). */
export type CheckedJson<Op extends Operation> = string & { readonly [checkedAgainst]: Op };

/** A handler's answer does not match its operation's response schema: a bug, answered 500. */
export class ResponseContractViolation extends Error {
  readonly operationId: string;
  /** Where the answer differs (field paths, never values: an answer may hold anything). */
  readonly paths: string;

  constructor(operationId: string, paths: string) {
    super(`Response of ${operationId} does not match the contract at: ${paths}`);
    this.name = 'ResponseContractViolation';
    this.operationId = operationId;
    this.paths = paths;
  }
}

/** The answer as the contract declares it (undeclared fields dropped); throws ResponseContractViolation. */
export function checkResponse<Op extends Operation>(operation: Op, answer: unknown): ResponseOf<Op> {
  const checked = z.safeParse(operation.response, answer);
  if (checked.success) return checked.data as ResponseOf<Op>;
  const paths = toFieldErrors(checked.error.issues, answer).map((error) => error.path || '(root)').join(',');
  throw new ResponseContractViolation(operation.id, paths);
}

/** The answer checked by `checkResponse` and serialised, ready to send as the response body. */
export function checkedJson<Op extends Operation>(operation: Op, answer: ResponseOf<Op>): CheckedJson<Op> {
  return JSON.stringify(checkResponse(operation, answer)) as CheckedJson<Op>;
}

/**
 * Text that `checkedJson` produced for `Op` earlier and that was kept (the stored public records
 * of features/provenance/stored-record.ts), typed again as what it is. The caller vouches that
 * the text came from `checkedJson` against the schema in force now: a stored record names the
 * record format it was stored under, and one of another format is never read back.
 */
export function keptCheckedJson<Op extends Operation>(_operation: Op, text: string): CheckedJson<Op> {
  return text as CheckedJson<Op>;
}
