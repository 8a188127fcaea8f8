/** The little of fontkit (PDFKit's font engine, which ships no types) the dossier's fonts use. */
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Buffer): Font;
}
