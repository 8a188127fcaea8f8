/**
 * The authorized modifications a retailer's desk records (issue 15): a fixed choice, each with the
 * words the piece's public history shows — in English, the registry's one language for what anyone
 * holding the serial reads, whatever the language of the desk that wrote it — and a detail the
 * associate may add in their own words.
 */
export const modificationKinds = ['strap', 'bracelet_sizing', 'engraving'] as const;
export type ModificationKind = (typeof modificationKinds)[number];

const publicWords: Readonly<Record<ModificationKind, string>> = {
  strap: 'Strap replaced',
  bracelet_sizing: 'Bracelet resized',
  engraving: 'Engraved',
};

/** What the public history reads: `Strap replaced — black alligator`, or the kind alone. */
export function modificationText(kind: ModificationKind, detail: string): string {
  const trimmed = detail.trim();
  return trimmed === '' ? publicWords[kind] : `${publicWords[kind]} — ${trimmed}`;
}
