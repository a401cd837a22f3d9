// Draws the extension's icons into public/ (`npm run icons`), where WXT picks them up for
// the manifest: lines of text on a dark tile, one stretch of them highlighted as Éclairage
// highlights a mention (the tint, and a dotted underline below it). Drawn from shapes, so
// that every size is sharp and the files can be made again byte for byte.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const SIZES = [16, 32, 48, 96, 128];
/** Sub-samples per pixel along each axis: the edges' anti-aliasing. */
const SAMPLES = 4;

const TILE = [31, 42, 68];
const TEXT = [223, 228, 238];
const TINT = [255, 196, 0];
const INK = [31, 42, 68];
const UNDERLINE = [255, 160, 0];

/** Shapes on a 128-unit square, painted in order: the colour of the last one that covers a point. */
const SHAPES = [
  { kind: 'rounded', x: 0, y: 0, w: 128, h: 128, r: 26, color: TILE },
  { kind: 'rounded', x: 22, y: 28, w: 84, h: 12, r: 6, color: TEXT },
  { kind: 'rounded', x: 22, y: 54, w: 20, h: 12, r: 6, color: TEXT },
  { kind: 'rounded', x: 46, y: 47, w: 60, h: 26, r: 5, color: TINT },
  { kind: 'rounded', x: 52, y: 54, w: 48, h: 12, r: 6, color: INK },
  ...[0, 1, 2, 3, 4].map((i) => ({ kind: 'circle', cx: 52 + i * 12, cy: 83, r: 3.5, color: UNDERLINE })),
  { kind: 'rounded', x: 22, y: 96, w: 56, h: 12, r: 6, color: TEXT },
];

function covers(shape, x, y) {
  if (shape.kind === 'circle') return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
  const { x: left, y: top, w, h, r } = shape;
  if (x < left || x > left + w || y < top || y > top + h) return false;
  // Inside the rectangle: only the corners are cut.
  const cx = Math.min(Math.max(x, left + r), left + w - r);
  const cy = Math.min(Math.max(y, top + r), top + h - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
}

/** RGBA pixels of the icon at `size`. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 128 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          const shape = SHAPES.findLast((candidate) => covers(candidate, x, y));
          if (!shape) continue;
          // Premultiplied, so that edges against transparency blend right.
          for (let c = 0; c < 3; c++) sum[c] += shape.color[c];
          sum[3] += 255;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = alpha === 0 ? 0 : Math.round((sum[c] / n) * (255 / alpha));
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file of 8-bit RGBA pixels, no filtering (the icons are tiny). */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const publicDir = join(import.meta.dirname, '..', 'public');
for (const size of SIZES) writeFileSync(join(publicDir, `icon-${size}.png`), png(size, draw(size)));
console.log(`icons: ${SIZES.map((size) => `icon-${size}.png`).join(', ')} in public/`);
