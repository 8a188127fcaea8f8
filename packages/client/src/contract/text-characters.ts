/**
 * Which characters a person's text may hold. A name, a city or a reference is one line: a line
 * break in it could write extra lines into the plain text of an e-mail (`Bcc: …`), a log line or
 * a CSV export, and a control character has no business in any of them. A description keeps its
 * line breaks and nothing else of the kind (`multiLine`, pattern and check, in repairs.ts, the only
 * module with such fields: this module ships in the widgets' shared runtime that every page
 * downloads, and the activation page has no text on several lines).
 *
 * Both checks are a pattern of allowed characters, refused with the field error code
 * `invalid_format` and words of their own; schemas refer to the two
 * instances, never build their own, and the patterns show in the OpenAPI document. They run on
 * the trimmed value (put them after `z.trim()`): whitespace trimmed from the ends is not stored.
 */
import * as z from 'zod/mini';

// Control characters are what these patterns are about.
/* eslint-disable no-control-regex */
/** One line: no C0 control (line feed, carriage return, tab…), no DEL, no Unicode line or paragraph separator. */
export const singleLineText = /^[^\0-\x1f\x7f\u2028\u2029]*$/;
/* eslint-enable no-control-regex */

/** One line of text: names, cities, references, identifiers. */
export const singleLine = z.regex(singleLineText, 'No line breaks or control characters.');
