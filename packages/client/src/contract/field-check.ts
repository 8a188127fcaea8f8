/**
 * A check across fields (or across parts of one value) that reports its problem at a named path,
 * with the code forms and the server show: `fieldCheck((proof) => proof.email ? undefined :
 * { path: ['email'], code: 'required', message: '…' })`.
 *
 * Built on zod's plain `check` rather than `superRefine`: superRefine's `addIssue` wrapper would
 * enter the zod code the widgets' shared runtime carries, which every page with any widget
 * downloads (the activation widget's budget has no room for it).
 */
import * as z from 'zod/mini';

export interface FieldProblem {
  /** Where the problem is, relative to the checked value: `['slotId']`; empty for the value itself. */
  path: PropertyKey[];
  /** The field error code (`required`, `invalid_value`, …), as in `toFieldErrors`. */
  code: string;
  message: string;
}

// @__NO_SIDE_EFFECTS__
export function fieldCheck<T>(find: (value: T) => FieldProblem | undefined, params?: Parameters<typeof z.check>[1]): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    const problem = find(payload.value);
    if (problem) {
      payload.issues.push({ code: 'custom', input: payload.value, path: problem.path, message: problem.message, params: { code: problem.code } });
    }
  }, params);
}
