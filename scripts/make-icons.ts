// Draws Sigap's icon (a white chat bubble with a lightning stroke on Shopee-ish orange) at the sizes
// the manifest wants, as PNG files under public/icon/. Run once after changing the drawing:
//   npx tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const ORANGE = [238, 77, 45, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x: number, y: number): number[] {
  // Unit square coordinates.
  const inRounded = (r: number) => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  if (!inRounded(0.2)) return CLEAR;
  const inBubble = x > 0.18 && x < 0.82 && y > 0.2 && y < 0.68;
  const inTail = y >= 0.68 && y < 0.84 && x > 0.3 && x < 0.3 + (0.84 - y) * 1.2;
  // A lightning stroke cut out of the bubble: two slanted bands.
  const bolt =
    (y > 0.26 && y < 0.47 && Math.abs(x - (0.58 - (y - 0.26) * 0.8)) < 0.06) ||
    (y >= 0.43 && y < 0.64 && Math.abs(x - (0.55 - (y - 0.43) * 0.8)) < 0.06) ||
    (y > 0.42 && y < 0.48 && x > 0.38 && x < 0.6);
  if ((inBubble || inTail) && !bolt) return WHITE;
  return ORANGE;
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const samples = 4; // 4×4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) sum[i]! += p[i]!;
        }
      for (let i = 0; i < 4; i++)
        raw[y * (size * 4 + 1) + 1 + x * 4 + i] = Math.round(sum[i]! / samples ** 2);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(resolve(dir, `${size}.png`), png(size));
console.log(`icons written to ${dir}`);
