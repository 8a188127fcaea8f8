/**
 * The text a PDF made by PDFKit shows, for tests: each `TJ` string decoded through its font's
 * ToUnicode map (embedded fonts write glyph ids, not characters), or as single bytes for the
 * standard fonts. Streams are inflated where compressed. Not a PDF parser: enough for PDFKit's own
 * output, where every object is written in the clear and font names are unique in the document.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | undefined;
}

function objectsOf(pdf: Buffer): Map<string, PdfObject> {
  const objects = new Map<string, PdfObject>();
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      objects.set(match[1]!, { dictionary: body, stream: undefined });
      continue;
    }
    const raw = Buffer.from(body.slice(body.indexOf('\n', streamAt) + 1).replace(/\r?\nendstream\s*$/, ''), 'latin1');
    const dictionary = body.slice(0, streamAt);
    objects.set(match[1]!, { dictionary, stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw });
  }
  return objects;
}

/** A ToUnicode CMap's glyph id → text, from its `bfrange` and `bfchar` sections. */
function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f\s]+>)/gi)) {
      const start = Number.parseInt(entry[1]!, 16);
      const end = Number.parseInt(entry[2]!, 16);
      if (entry[3]!.startsWith('[')) {
        [...entry[3]!.matchAll(/<([0-9a-f\s]+)>/gi)].forEach((target, index) => map.set(start + index, utf16(target[1]!)));
      } else {
        const first = utf16(entry[3]!).codePointAt(0)!;
        for (let code = start; code <= end; code++) map.set(code, String.fromCodePoint(first + code - start));
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of section[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f\s]+)>/gi)) map.set(Number.parseInt(entry[1]!, 16), utf16(entry[2]!));
  }
  return map;
}

/** The PDF's text in the order it is drawn, every run of it joined (line breaks are not told). */
export function pdfText(pdf: Buffer): string {
  const objects = objectsOf(pdf);
  // Font resource names (`/F3`) → their font's ToUnicode map, or undefined for a standard font.
  const fonts = new Map<string, Map<number, string> | undefined>();
  for (const { dictionary } of objects.values()) {
    for (const [, name, id] of dictionary.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objects.get(id!);
      const toUnicode = font?.dictionary.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1];
      const cmap = toUnicode ? objects.get(toUnicode)?.stream?.toString('latin1') : undefined;
      fonts.set(name!, cmap ? toUnicodeMap(cmap) : undefined);
    }
  }
  let text = '';
  for (const { stream } of objects.values()) {
    const content = stream?.toString('latin1');
    if (!content?.includes(' Tf')) continue;
    let font: Map<number, string> | undefined;
    for (const [, fontName, strings] of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (fontName) {
        font = fonts.get(fontName);
        continue;
      }
      for (const [, hex] of strings!.matchAll(/<([0-9a-f]*)>/gi)) {
        text += font
          ? (hex!.match(/.{4}/g) ?? []).map((code) => font!.get(Number.parseInt(code, 16)) ?? '\ufffd').join('')
          : Buffer.from(hex!, 'hex').toString('latin1');
      }
    }
  }
  return text;
}
