/** The little of fontkit (PDFKit's font engine, which ships no types) the dossier's fonts use. */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** What PDFKit's font factory looks for to take a parsed font as it is. */
    layout(text: string): unknown;
  }
  export function create(buffer: Buffer): Font;
}
