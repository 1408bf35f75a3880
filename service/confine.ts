import path from 'node:path';
import { error, type Diagnostic } from '../core/errors.js';
import { confine } from '../core/confine.js';

export { relativeTo } from '../core/confine.js';
import { fail, ok, type Result } from '../core/result.js';

/** Folders of a content folder the UI may address, and the file types allowed in each. */
const ALLOWED: Record<string, RegExp> = {
  topics: /\.ya?ml$/i,
  decks: /\.ya?ml$/i,
  images: /\.(png|jpe?g|svg|webp|gif)$/i,
};

/**
 * Resolve a path from the UI (relative to the content folder) to an absolute path, refusing
 * anything outside the folder: absolute paths, URLs, any `..` segment, symbolic links that point out,
 * hidden files, and files outside topics/, decks/, images/ and images/logos/ or of the wrong type.
 */
export function confinePath(root: string, rel: string): Result<string> {
  const normal = rel.replace(/\\/g, '/');
  // The UI sends plain paths like topics/x.yaml: any `..` or `.` segment is refused outright.
  if (normal.split('/').some((s) => s === '..' || s === '.')) return fail([outside(rel)]);
  const abs = confine(root, normal);
  if (!abs) return fail([outside(rel)]);
  const parts = path.relative(root, abs).split(path.sep);
  const [dir, ...rest] = parts;
  const pattern = dir === undefined ? undefined : ALLOWED[dir];
  // Files sit directly in their folder; the one subfolder is images/logos/, where logos are kept.
  const inLogos = dir === 'images' && rest.length === 2 && rest[0] === 'logos';
  const name = inLogos ? rest[1]! : rest[0]!;
  if (!pattern || (rest.length !== 1 && !inLogos) || !pattern.test(name) || name.startsWith('.')) return fail([outside(rel)]);
  return ok(abs);
}

function outside(rel: string): Diagnostic {
  return error(
    'FILE',
    `"${rel}" is not a topic, deck or image file inside the content folder`,
    undefined,
    'Only files in topics/, decks/ and images/ of the open content folder can be opened or saved.',
  );
}
