/**
 * The pixel size of a PNG, JPEG, GIF, WebP or SVG file, read from its header, so images can be
 * placed "contain" in a box without a graphics library. Undefined when the size cannot be told.
 */
import { readFileSync } from 'node:fs';
import { readImageSize, type ImageSize } from '../../load/image-header.js';

/** Width and height in px (SVG: user units). */
export type { ImageSize } from '../../load/image-header.js';

/** The size of the image file at `file`: raster headers as the loader reads them, SVG from its root element. */
export function imageSize(file: string): ImageSize | undefined {
  const raster = readImageSize(file);
  if (raster) return raster;
  const head = readFileSync(file).toString('utf8', 0, 4096);
  return /<svg[\s>]/i.test(head) ? svgSize(head) : undefined;
}

function svgSize(head: string): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/i.exec(head)?.[0] ?? '';
  const attr = (name: string): number | undefined => {
    const v = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(px)?\\s*["']`, 'i').exec(tag);
    return v ? Number(v[1]) : undefined;
  };
  const width = attr('width');
  const height = attr('height');
  if (width && height) return { width, height };
  const box = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(tag);
  return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined;
}

/** The largest rectangle of the image's shape inside a box, centred; the box itself when the size is unknown. */
export function containIn(
  size: ImageSize | undefined,
  box: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  if (!size || size.width <= 0 || size.height <= 0) return box;
  const scale = Math.min(box.w / size.width, box.h / size.height);
  const w = size.width * scale;
  const h = size.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
