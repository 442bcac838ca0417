import * as zlib from 'node:zlib';
import { constants, deflateRawSync, gzipSync } from 'node:zlib';

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

export function crc32InJs(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const nativeCrc32 = (zlib as { crc32?: (bytes: Uint8Array, crc?: number) => number }).crc32;

/**
 * CRC-32 as gzip wants it, continued from `crc` (the CRC of what came before): zlib's own where
 * Node has it (20.15 and later), the same sums in JavaScript on older ones. Node 20's answers 0
 * for an empty buffer that was once sliced, so nothing is asked of it for no bytes.
 */
export function crc32(bytes: Uint8Array, crc = 0): number {
  if (bytes.length === 0) return crc;
  return nativeCrc32 ? nativeCrc32(bytes, crc) : crc32InJs(bytes, crc);
}

/** A body's shared beginning, deflated once and ended on a byte boundary. */
export interface GzipHead {
  deflated: Buffer;
  crc: number;
  length: number;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const STORED_MAX = 0xffff;

export function gzipHead(head: Buffer): GzipHead {
  // A sync flush ends the deflate stream on a byte boundary without ending it, so more
  // blocks may follow: the tail of each request's body.
  const deflated = deflateRawSync(head, { level: 6, finishFlush: constants.Z_SYNC_FLUSH });
  return { deflated, crc: crc32(head), length: head.length };
}

/**
 * gzip of head + tail, where the head was compressed once for everyone and the tail (a
 * participant's own few hundred bytes) follows in stored, uncompressed deflate blocks: a
 * snapshot per request then costs a copy, not a compression.
 */
export function gzipWithTail(head: GzipHead, tail: Buffer): Buffer {
  const blocks = Math.max(1, Math.ceil(tail.length / STORED_MAX));
  const out = Buffer.allocUnsafe(
    GZIP_HEADER.length + head.deflated.length + blocks * 5 + tail.length + 8,
  );
  let at = GZIP_HEADER.copy(out, 0);
  at += head.deflated.copy(out, at);
  for (let b = 0; b < blocks; b++) {
    const part = tail.subarray(b * STORED_MAX, (b + 1) * STORED_MAX);
    out[at++] = b === blocks - 1 ? 1 : 0; // BFINAL on the last block; BTYPE 00 = stored
    out.writeUInt16LE(part.length, at);
    out.writeUInt16LE(~part.length & 0xffff, at + 2);
    at += 4;
    at += part.copy(out, at);
  }
  out.writeUInt32LE(crc32(tail, head.crc), at);
  out.writeUInt32LE((head.length + tail.length) % 2 ** 32, at + 4);
  return out;
}

/** A whole body compressed at once, for what is cached whole (the facilitators' view). */
export const gzipWhole = (body: Buffer): Buffer => gzipSync(body, { level: 6 });
