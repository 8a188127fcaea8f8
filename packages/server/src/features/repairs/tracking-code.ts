/**
 * Repair tracking codes: read aloud on the phone and typed from an e-mail, so they use
 * Crockford's base 32 (digits and letters without I, L, O and U, which are mistaken for 1, 0 and
 * V or make words), in groups of four. 12 characters carry 60 random bits: far beyond guessing
 * within any rate limit, and the lookup also needs the e-mail.
 */
import { randomBytes } from 'node:crypto';
import { trackingCodeGroupCount, trackingCodeGroupLength } from '@atelier/client/contract';

const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bitsPerCharacter = 5;
const trackingCodeLength = trackingCodeGroupCount * trackingCodeGroupLength;

/** A new random code, grouped: `7XK2-M9QD-R4TB`. */
export function newTrackingCode(): string {
  // One byte per character, keeping its low 5 bits: 256 is a multiple of 32, so every character is uniform.
  const bytes = randomBytes(trackingCodeLength);
  const characters = [...bytes].map((byte) => crockfordAlphabet[byte & ((1 << bitsPerCharacter) - 1)]!);
  return group(characters.join(''));
}

function group(characters: string): string {
  const groups: string[] = [];
  for (let start = 0; start < characters.length; start += trackingCodeGroupLength) {
    groups.push(characters.slice(start, start + trackingCodeGroupLength));
  }
  return groups.join('-');
}

/**
 * The canonical form of a typed code, or null when it cannot be one: case, spaces and dashes are
 * ignored, and O, I and L are read as 0, 1 and 1, as Crockford's decoding does.
 */
export function normalizeTrackingCode(typed: string): string | null {
  const characters = typed
    .toUpperCase()
    .replaceAll(/[\s-]/g, '')
    .replaceAll('O', '0')
    .replaceAll(/[IL]/g, '1');
  if (characters.length !== trackingCodeLength) return null;
  if ([...characters].some((character) => !crockfordAlphabet.includes(character))) return null;
  return group(characters);
}
