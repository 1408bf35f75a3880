/**
 * The pixel size of a PNG, JPEG, WebP or GIF image, read from its header only: an image is checked
 * against the limits before any of it is embedded. SVG has no pixel size (it is text, limited by bytes).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** Width and height in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/** How much of the file is read: JPEG headers (after EXIF and colour profiles) fit in this. */
const HEADER_BYTES = 512 * 1024;

/** The pixel size of the image file, or undefined when the header is not one this knows (or is damaged). */
export function readImageSize(file: string): ImageSize | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
    return imageSize(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** The pixel size from the first bytes of an image. */
export function imageSize(b: Buffer): ImageSize | undefined {
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  if (b.length >= 10 && b.toString('latin1', 0, 4) === 'GIF8') return { width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webpSize(b);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return undefined;
}

function webpSize(b: Buffer): ImageSize | undefined {
  const chunk = b.toString('latin1', 12, 16);
  // VP8X (extended): 24-bit width-1 and height-1.
  if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  // VP8L (lossless): 14-bit width-1 and height-1 packed after the signature byte.
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
  }
  // VP8 (lossy): 14-bit sizes after the frame tag and start code.
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  return undefined;
}

/** Walk the JPEG segments to the first start-of-frame marker (SOF0–SOF15 except DHT, JPG, DAC). */
function jpegSize(b: Buffer): ImageSize | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return undefined;
}
