// The bench page's main product photo, drawn here as a PNG with a photo's grain, so the largest
// contentful paint weighs what a real product photo weighs (a few hundred kilobytes) without
// downloading or committing one. Deterministic: the same bytes on every run.
import { deflateSync } from 'node:zlib';

const sizePixels = 800;
/** Amplitude of the grain, in levels of 255: how much the PNG resists compression, as a photo does. */
const grainLevels = 10;
/** Side of the square of pixels that share one grain value: coarser grain, smaller file. */
const grainCellPixels = 8;

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A steel watch with a blue dial on a warm studio background. */
export function heroPhotoPng() {
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % 1000) / 1000;
  };
  const centre = sizePixels / 2;
  const cellsPerRow = Math.ceil(sizePixels / grainCellPixels);
  let grainRow = [];
  const rows = [];
  for (let y = 0; y < sizePixels; y += 1) {
    if (y % grainCellPixels === 0) grainRow = Array.from({ length: cellsPerRow }, () => (random() - 0.5) * grainLevels);
    const row = Buffer.alloc(1 + sizePixels * 3);
    for (let x = 0; x < sizePixels; x += 1) {
      const distance = Math.hypot(x - centre, y - centre) / centre;
      const angle = Math.atan2(y - centre, x - centre);
      let colour;
      if (distance < 0.56) {
        const sunburst = 0.5 + 0.5 * Math.cos(angle * 24);
        colour = [20 + 18 * sunburst, 45 + 25 * sunburst, 85 + 40 * sunburst];
      } else if (distance < 0.68) {
        const shine = 0.5 + 0.5 * Math.cos(angle * 2 - 0.8);
        colour = [150 + 95 * shine, 155 + 92 * shine, 162 + 88 * shine];
      } else if (Math.abs(x - centre) < 130) {
        colour = [48, 42, 37];
      } else {
        const light = 1 - 0.25 * distance;
        colour = [240 * light, 232 * light, 218 * light];
      }
      const grain = grainRow[Math.floor(x / grainCellPixels)];
      for (let channel = 0; channel < 3; channel += 1) {
        row[1 + x * 3 + channel] = Math.max(0, Math.min(255, Math.round(colour[channel] + grain)));
      }
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(sizePixels, 0);
  header.writeUInt32BE(sizePixels, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
