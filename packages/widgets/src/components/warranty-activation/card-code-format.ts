/**
 * The warranty card code as the card prints it, while the person types it: upper case, letters
 * and digits in groups of four joined by dashes (`CZBS-2K6T-KNRE`). The contract ignores case,
 * dashes and spaces, so this changes only what the person sees, never what is accepted.
 */
const cardCodeGroupLength = 4;

export function formatCardCode(typed: string): string {
  const characters = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += cardCodeGroupLength) groups.push(characters.slice(start, start + cardCodeGroupLength));
  return groups.join('-');
}
