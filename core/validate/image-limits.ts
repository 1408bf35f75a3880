import { statSync } from 'node:fs';
import { error, type Diagnostic, type SourceLocation } from '../errors.js';
import { readImageSize } from '../load/image-header.js';
import { LIMITS } from '../options.js';

const MB = 1024 * 1024;

/**
 * Problems that stop an existing image file from being embedded: not a file, more bytes than
 * {@link LIMITS}.imageBytes, or more pixels than {@link LIMITS}.imagePixels (read from its header,
 * so a 20000×20000 PNG is refused before it is read). `ref` is the path as the content wrote it.
 */
export function imageLimitProblems(file: string, ref: string, loc: SourceLocation, where = ''): Diagnostic[] {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) return [error('ASSET', `${where}"${ref}" is a folder, not an image file`, loc)];
    size = info.size;
  } catch (e) {
    return [error('ASSET', `${where}could not read the image "${ref}" (${(e as NodeJS.ErrnoException).code ?? 'error'})`, loc)];
  }
  const shrink = 'Save a smaller copy (for slides, 1920 pixels wide is plenty) and refer to that.';
  if (size > LIMITS.imageBytes)
    return [
      error(
        'ASSET',
        `${where}the image "${ref}" is ${(size / MB).toFixed(1)} MB; images may be at most ${LIMITS.imageBytes / MB} MB`,
        loc,
        shrink,
      ),
    ];
  let dims;
  try {
    dims = readImageSize(file);
  } catch {
    dims = undefined;
  }
  if (dims && dims.width * dims.height > LIMITS.imagePixels)
    return [
      error(
        'ASSET',
        `${where}the image "${ref}" is ${dims.width}×${dims.height} pixels; images may have at most ${LIMITS.imagePixels / 1e6} megapixels`,
        loc,
        shrink,
      ),
    ];
  return [];
}
