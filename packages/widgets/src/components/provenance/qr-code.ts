/**
 * The piece's QR code as SVG path data. `uqr` (unjs, ESM, no dependencies) encodes the text; the
 * modules become one path drawn by a Lit `svg` template, so no markup is ever parsed from a
 * string and no `style` attribute is written (strict CSP friendly).
 */
import { encode } from 'uqr';

/** Medium error correction survives a scuffed warranty card without making the code dense. */
const errorCorrection = 'M';
/** The quiet zone the QR specification asks for around the code, in modules. */
export const qrQuietZoneModules = 4;

export interface QrCodeDrawing {
  /** Width and height in modules, quiet zone included: the SVG's viewBox. */
  size: number;
  /** One `M x y h1 v1 h-1 z` square per dark module. */
  path: string;
}

export function drawQrCode(text: string): QrCodeDrawing {
  const { data, size } = encode(text, { ecc: errorCorrection, border: qrQuietZoneModules });
  const squares: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${String(x)} ${String(y)}h1v1h-1z`);
    });
  });
  return { size, path: squares.join('') };
}
