/**
 * What a client accepts from the server, derived from the contract in one place. The server keeps
 * answering exactly the contract (it checks its answers with the strict schemas); a client
 * deployed today must keep working when tomorrow's server adds a status or a field. So, for
 * responses only:
 * - an enum accepts any string, typed as the known values or an `UnknownEnumValue`;
 * - an object keeps the fields it does not know (they pass through, untyped).
 * Requests stay strictly validated: a client never sends what the contract does not name.
 *
 * Why a rule on the issues rather than a loosened copy of each schema: the copy (every enum a
 * string, every object loose) weighed three times as much in the runtime each widget page
 * downloads, whose size has a hard budget.
 */
import * as z from 'zod/mini';
import type { ResponseOf } from './operation.ts';

declare const unknownEnumValue: unique symbol;

/**
 * A value of an enum that this version of the client does not know yet: the server is newer.
 *
 * A branded string rather than `string & {}`: only a response can produce one, so a typo in a
 * value you write (`'actve'`) is still a type error, and code that maps statuses to labels
 * (`Record<WarrantyStatus, string>`) or checks a `switch` exhaustively does not compile until it
 * says what to do with a status it has never seen. It is still a string: print it, log it,
 * compare it.
 */
export type UnknownEnumValue = string & { readonly [unknownEnumValue]: true };

/** The values a field is known to take, or one this client does not know yet. */
export type OpenEnum<Known extends string> = Known | UnknownEnumValue;

/** A response type as a client receives it: every enum open (`OpenEnum`), everything else as declared. */
export type Received<T> = T extends string
  ? string extends T
    ? T
    : OpenEnum<T>
  : T extends readonly (infer Element)[]
    ? Received<Element>[]
    : T extends object
      ? { [Key in keyof T]: Received<T[Key]> }
      : T;

/** What a call of `Op` resolves to in a client: its response `Received`. */
export type ReceivedResponseOf<Op> = Received<ResponseOf<Op>>;

/** Whether `value` is one of the values this client knows, narrowing it to them. */
export function isKnownValue<Known extends string>(known: readonly Known[], value: OpenEnum<Known> | null | undefined): value is Known {
  return (known as readonly unknown[]).includes(value);
}

/**
 * What keeps a response body from being used, read as a client receives it: every way it breaks
 * the contract except a string an enum does not list yet, which is a newer server's value. The
 * caller then uses the body as sent, so the fields the contract does not name pass through too.
 * One rule for every response, derived from the contract's own schemas at run time: nothing is
 * loosened by hand per schema, and the server keeps checking its answers strictly.
 */
export function receivedIssues(schema: z.ZodMiniType, body: unknown): z.core.$ZodIssue[] {
  const result = z.safeParse(schema, body, { reportInput: true });
  return result.success ? [] : result.error.issues.filter((issue) => issue.code !== 'invalid_value' || typeof issue.input !== 'string');
}
