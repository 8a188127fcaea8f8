// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types, and every program that compiles this file (the bench too) must see them
/// <reference path="./fontkit.d.ts" />
/**
 * The fonts the resale dossier's PDF is written with, so it prints every one of the seven locales
 * and any name in Japanese, Chinese or Korean: Noto Sans, Noto Sans JP, SC, TC and KR, regular
 * weight, from the npm packages `@fontsource/noto-sans*` (SIL Open Font License 1.1; `fonts/` and
 * `scripts/vendor-dossier-fonts.sh` say how they were taken). Each family is sliced by Unicode
 * range into small WOFF files with TrueType outlines, so a dossier loads only the slices its
 * characters need, and PDFKit embeds only the glyphs it draws (a page of Japanese is kilobytes).
 *
 * What every dossier would do again is done once per process (`parsedSlice`): each slice's WOFF is
 * unpacked into a plain TrueType font with Node's zlib and parsed by fontkit, and that parsed font,
 * with the glyphs and layouts fontkit keeps on it, serves every PDF after. Opened from the WOFF, a
 * font inflated its whole outline table in JavaScript for every glyph it decoded or subset (fontkit
 * reads `glyf` through the WOFF's deflate each time), and each PDF parsed its fonts anew: 0.9 s of
 * CPU for a dossier in Japanese. Each PDF still makes its own subset: only the glyphs it draws.
 *
 * Each character takes the first family, in the owner's language's order, that has it: Japanese
 * text in the Japanese forms of the ideographs, Chinese in the Simplified or Traditional ones, and a
 * Korean retailer's name in Hangul whatever the owner's language.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { create as openFont, type Font } from 'fontkit';
import type { Locale } from '@atelier/client/contract';

type Family = 'latin' | 'jp' | 'sc' | 'tc' | 'kr';

/** One slice of a family: its WOFF file and the code points it holds. */
export interface FontSlice {
  /** The name the PDF document registers it under. */
  name: string;
  file: URL;
  ranges: ReadonlyArray<readonly [number, number]>;
}

const fontsDir = new URL('../../../fonts/', import.meta.url);

/** Which family a character is looked for in first, then next, in each language. */
const familyOrder: Record<Locale, readonly Family[]> = {
  // CJK text with its own font's Latin, so the two sit together; ideographs in that language's forms first.
  ja: ['jp', 'latin', 'tc', 'sc', 'kr'],
  'zh-Hans': ['sc', 'latin', 'tc', 'jp', 'kr'],
  'zh-Hant': ['tc', 'latin', 'sc', 'jp', 'kr'],
  // Latin text in Noto Sans (Polish, Czech and Vietnamese names included); the ideographs of a name in Japanese forms.
  en: ['latin', 'jp', 'sc', 'tc', 'kr'],
  fr: ['latin', 'jp', 'sc', 'tc', 'kr'],
  de: ['latin', 'jp', 'sc', 'tc', 'kr'],
  it: ['latin', 'jp', 'sc', 'tc', 'kr'],
};

function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from!, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

const slicesByFamily = new Map<Family, FontSlice[]>();

/** The family's slices, read from its `unicode.json` once. */
function slicesOf(family: Family): FontSlice[] {
  let slices = slicesByFamily.get(family);
  if (!slices) {
    const dir = new URL(`noto-sans-${family}/`, fontsDir);
    const ranges = JSON.parse(readFileSync(new URL('unicode.json', dir), 'utf8')) as Record<string, string>;
    slices = Object.entries(ranges).map(([key, list]) => {
      const slice = key.replace(/^\[|\]$/g, '');
      return { name: `noto-sans-${family}-${slice}`, file: new URL(`noto-sans-${family}-${slice}-400-normal.woff`, dir), ranges: parseRanges(list) };
    });
    slicesByFamily.set(family, slices);
  }
  return slices;
}

const wOFF = 0x774f4646;
const woffHeaderBytes = 44;
const woffTableEntryBytes = 20;
const sfntHeaderBytes = 12;
const sfntTableRecordBytes = 16;

/**
 * The TrueType (SFNT) font a WOFF 1.0 file wraps (W3C WOFF 1.0, §4–5): the same tables, each
 * inflated if the WOFF compressed it, under the SFNT table directory, 4-byte aligned. Anything else
 * is answered as it is.
 */
export function unwrapWoff(woff: Buffer): Buffer {
  if (woff.length < woffHeaderBytes || woff.readUInt32BE(0) !== wOFF) return woff;
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = woffHeaderBytes + index * woffTableEntryBytes;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const padded = (length: number) => (length + 3) & ~3;
  const directoryBytes = sfntHeaderBytes + numTables * sfntTableRecordBytes;
  const sfnt = Buffer.alloc(directoryBytes + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.writeUInt32BE(flavor, 0);
  sfnt.writeUInt16BE(numTables, 4);
  sfnt.writeUInt16BE(searchRange, 6);
  sfnt.writeUInt16BE(entrySelector, 8);
  sfnt.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = directoryBytes;
  tables.forEach((table, index) => {
    const record = sfntHeaderBytes + index * sfntTableRecordBytes;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}

/** Each slice's font as fontkit parsed it, or null when it cannot be read: once per process, shared by every PDF. */
const parsedSlices = new Map<string, Font | null>();

/**
 * The slice's font, parsed once per process (see the top of this module): what PDFKit's
 * `registerFont` takes and subsets per document. Null when the file cannot be read.
 */
export function parsedSlice(slice: FontSlice): Font | null {
  let font = parsedSlices.get(slice.name);
  if (font === undefined) {
    try {
      font = openFont(unwrapWoff(sliceBytes(slice)));
      font.hasGlyphForCodePoint(0x20);
    } catch {
      font = null;
    }
    parsedSlices.set(slice.name, font);
  }
  return font;
}

/**
 * Whether the slice's font draws `codePoint`: a slice's range may list a character its font has no
 * glyph for (Noto Sans JP's Latin lacks Ł). A font that cannot be read draws nothing.
 */
function draws(slice: FontSlice, codePoint: number): boolean {
  return parsedSlice(slice)?.hasGlyphForCodePoint(codePoint) ?? false;
}

/** The slice that draws `codePoint` in `locale`, or undefined when no family has it. */
export function sliceFor(codePoint: number, locale: Locale): FontSlice | undefined {
  for (const family of familyOrder[locale]) {
    const slice = slicesOf(family).find((candidate) => candidate.ranges.some(([from, to]) => codePoint >= from && codePoint <= to) && draws(candidate, codePoint));
    if (slice) return slice;
  }
  return undefined;
}

/**
 * Characters a slice's range lists but its font has no glyph for, and the character drawn instead:
 * French puts a narrow no-break space before a colon, which Noto Sans lacks; a no-break space keeps
 * the colon on the word's line.
 */
const drawnInstead: Readonly<Record<string, string>> = { '\u202f': '\u00a0' };

/** `text` cut where its font changes: each run with the slice that draws it (undefined: no family has it). */
export function fontRuns(text: string, locale: Locale): Array<{ slice: FontSlice | undefined; text: string }> {
  const runs: Array<{ slice: FontSlice | undefined; text: string }> = [];
  for (const written of text) {
    const character = drawnInstead[written] ?? written;
    const codePoint = character.codePointAt(0)!;
    const last = runs.at(-1);
    // A line break goes with the run it stands in; anything else with the slice that has it (a slice holds its ranges only, spaces included).
    if (last && (character === '\n' || last.slice === sliceFor(codePoint, locale))) {
      last.text += character;
      continue;
    }
    runs.push({ slice: sliceFor(codePoint, locale), text: character });
  }
  return runs;
}

const fileCache = new Map<string, Buffer>();

/** A slice's bytes, read once per process. */
export function sliceBytes(slice: FontSlice): Buffer {
  let bytes = fileCache.get(slice.name);
  if (!bytes) {
    bytes = readFileSync(slice.file);
    fileCache.set(slice.name, bytes);
  }
  return bytes;
}
