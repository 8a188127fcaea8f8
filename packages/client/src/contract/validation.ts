/**
 * Turns zod issues into the contract's field errors, so the client (before sending), the
 * widgets (as a person types) and the server (on receipt) all report the same paths and codes.
 *
 * A missing field and a field of the wrong type produce the same zod issue (`invalid_type`,
 * same `expected`, same message): zod only reports the offending value when parsing with
 * `reportInput`. So the caller passes the value it parsed, and the value at the issue's path
 * tells `required` (absent) from `invalid_type` (present but wrong).
 */
import type * as z from 'zod/mini';
import type { FieldError } from './problem.ts';

type Issue = z.core.$ZodIssue;

/**
 * Every code a field error found by validation carries (an operation's own refusals, such as
 * `unknown_serial`, come on top): a form keys its words by these, so a code added here is a type
 * error until each form says it.
 */
export const fieldErrorCodes = [
  'required',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'unknown_field',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** What zod says when a check was given no words of its own (no zod locale is loaded). */
const zodDefaultMessage = 'Invalid input';

/** Dotted path as forms name their inputs: `owner.email`, `items.0.serial`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** What a JSON reader would call the value's type: `null` and `array` are not `object` to a person. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

type Presence = { present: false } | { present: true; value: unknown };

/**
 * The value the issue is about. An issue parsed with `reportInput` carries it; otherwise it is
 * looked up along the issue's path in the parsed input. A key whose value is `undefined` counts
 * as absent, as it does for zod and JSON.
 */
function valueAt(issue: Issue, input: unknown): Presence {
  if ('input' in issue) return issue.input === undefined ? { present: false } : { present: true, value: issue.input };
  let current: unknown = input;
  for (const key of issue.path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current === undefined ? { present: false } : { present: true, value: current };
}

function describeInvalidType(issue: Issue & { code: 'invalid_type' }, input: unknown): { code: FieldErrorCode; message: string } {
  const found = valueAt(issue, input);
  // The root is never a field a person left out: a body of `[]`, `null` or nothing is the wrong shape.
  if (issue.path.length === 0) {
    const received = found.present ? ` (received ${typeName(found.value)})` : '';
    return { code: 'invalid_type', message: `The body must be a JSON ${issue.expected}${received}.` };
  }
  if (!found.present) return { code: 'required', message: 'This field is required.' };
  return { code: 'invalid_type', message: `Expected ${issue.expected}, received ${typeName(found.value)}.` };
}

function describe(issue: Issue, input: unknown): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type':
      return describeInvalidType(issue, input);
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) {
        return { code: 'required', message: 'This field is required.' };
      }
      // A number is too small or too large; a text or a list too short or too long.
      return { code: issue.origin === 'number' ? 'too_small' : 'too_short', message: `Must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}.` };
    case 'too_big':
      return { code: issue.origin === 'number' ? 'too_large' : 'too_long', message: `Must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}.` };
    case 'invalid_format':
      // A pattern given its own words (`z.regex(pattern, 'Latitude and longitude…')`) says what to type.
      return {
        code: 'invalid_format',
        message: issue.format !== 'regex' ? `Not a valid ${issue.format}.` : issue.message === zodDefaultMessage ? 'Not a valid value.' : issue.message,
      };
    case 'invalid_value':
      return { code: 'invalid_value', message: `Must be one of: ${issue.values.map(String).join(', ')}.` };
    case 'unrecognized_keys':
      return { code: 'unknown_field', message: `Unknown field: ${issue.keys.join(', ')}.` };
    case 'custom':
      return { code: String(issue.params?.['code'] ?? 'invalid_value'), message: issue.message };
    default:
      return { code: 'invalid_value', message: 'Invalid value.' };
  }
}

/**
 * `input` is the value that was parsed. Without it (and without `reportInput`) every
 * `invalid_type` below the root reads as `required`, which is right only for absent fields.
 */
export function toFieldErrors(issues: readonly Issue[], input?: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: issuePath([...issue.path, key]), code: 'unknown_field', message: `Unknown field: ${key}.` });
      }
      continue;
    }
    errors.push({ path: issuePath(issue.path), ...describe(issue, input) });
  }
  return errors;
}
