/**
 * Turns zod issues into the contract's field errors, so the client (before sending), the
 * widgets (as a person types) and the server (on receipt) all report the same paths and codes.
 */
import type * as z from 'zod/mini';
import type { FieldError } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Dotted path as forms name their inputs: `owner.email`, `items.0.serial`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describe(issue: Issue): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required', message: 'This field is required.' };
      return { code: 'invalid_type', message: `Expected ${issue.expected}.` };
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) {
        return { code: 'required', message: 'This field is required.' };
      }
      return { code: 'too_short', message: `Must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}.` };
    case 'too_big':
      return { code: 'too_long', message: `Must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}.` };
    case 'invalid_format':
      return { code: 'invalid_format', message: `Not a valid ${issue.format === 'regex' ? 'value' : issue.format}.` };
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

export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: issuePath([...issue.path, key]), code: 'unknown_field', message: `Unknown field: ${key}.` });
      }
      continue;
    }
    errors.push({ path: issuePath(issue.path), ...describe(issue) });
  }
  return errors;
}
