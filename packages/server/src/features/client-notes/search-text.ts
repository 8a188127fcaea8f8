/**
 * A note's text as search compares it: lower case, accents and other combining marks removed
 * ("Café" → "cafe"). Folded here rather than by the database so SQLite (whose lower() knows ASCII
 * only) and PostgreSQL find the same notes.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded, each a LIKE pattern matching it anywhere (`\` escapes). */
export function searchPatterns(q: string): string[] {
  return foldForSearch(q)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => `%${word.replaceAll(/[\\%_]/g, (character) => `\\${character}`)}%`);
}
