import { deflateSync } from 'node:zlib';
// PNG's chunk check is gzip's CRC-32: the one the snapshots already compute.
import { crc32 } from '../../server/snapshots/gzip-tail';

type Rgb = readonly [number, number, number];
const TEAL: Rgb = [0x0d, 0x5c, 0x57]; // --accent
const DOT: Rgb = [0xf4, 0xbf, 0x3a]; // --dot

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG of `size`×`size` pixels, unfiltered rows, deflated. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The favicon's picture (index.html): a yellow dot on the teal of the header. A `maskable` icon
 * fills the whole square, since the platform cuts its own shape, and keeps the dot inside the
 * safe circle of 40 % radius; the plain one has rounded corners like the favicon. Edges are
 * smoothed by 4×4 samples per pixel.
 */
export function drawIcon(size: number, maskable: boolean): Uint8Array {
  const corner = maskable ? 0 : size / 4;
  const dot = size * (maskable ? 0.18 : 0.22);
  const mid = size / 2;
  const inSquare = (x: number, y: number) => {
    const dx = Math.max(corner - x, x - (size - corner), 0);
    const dy = Math.max(corner - y, y - (size - corner), 0);
    return dx * dx + dy * dy <= corner * corner;
  };
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let yellow = 0;
      for (let s = 0; s < 16; s++) {
        const px = x + ((s % 4) + 0.5) / 4;
        const py = y + (Math.floor(s / 4) + 0.5) / 4;
        if (!inSquare(px, py)) continue;
        cover++;
        if ((px - mid) ** 2 + (py - mid) ** 2 <= dot * dot) yellow++;
      }
      const i = (y * size + x) * 4;
      const mix = cover ? yellow / cover : 0;
      for (let c = 0; c < 3; c++) out[i + c] = Math.round(TEAL[c]! * (1 - mix) + DOT[c]! * mix);
      out[i + 3] = Math.round((cover / 16) * 255);
    }
  }
  return out;
}
