/** The words for a value of one of the API's enums; the value itself when it is newer than this console (`Received` admits those). */
export function enumWords<Key extends string>(table: Record<Key, string>, value: string): string {
  return Object.hasOwn(table, value) ? table[value as Key] : value;
}
