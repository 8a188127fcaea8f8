/**
 * The console's words for a value of one of the API's enums. The API may send a value newer than
 * this console (`Received` admits those): `wordsFor` answers undefined for it, so the page chooses
 * what to show; `enumWords` shows the value itself.
 */

/** The words for `value` in `table`; undefined for a value the table does not know. */
export function wordsFor<Key extends string, Words>(table: Record<Key, Words>, value: string): Words | undefined {
  return Object.hasOwn(table, value) ? table[value as Key] : undefined;
}

/** The words for `value` in `table`; the value itself when the table does not know it. */
export function enumWords<Key extends string>(table: Record<Key, string>, value: string): string {
  return wordsFor(table, value) ?? value;
}
