import { readFile, stat } from 'node:fs/promises';
import { error, fileLocation, type Diagnostic } from '../errors.js';
import { fail, ok, type Result } from '../result.js';

/** Largest topic or deck file we read: real ones are a few kB; anything this big is a mistake. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * Read a text source file defensively: a missing, empty, binary, non-UTF-8 or huge file
 * each becomes one clear diagnostic instead of an exception or a hang.
 * @param file - path to read
 * @param label - path to show in messages (defaults to `file`)
 */
export async function readSource(file: string, label = file): Promise<Result<string>> {
  const where = fileLocation(label);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return fail([error('FILE', 'is a folder, not a file', where, 'Give the path of a .yaml file.')]);
    size = info.size;
  } catch (e) {
    return fail([readFailure(e, where)]);
  }
  if (size > MAX_SOURCE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return fail([
      error(
        'FILE',
        `file is ${mb} MB; topic and deck files must be smaller than 2 MB`,
        where,
        'Split the content into several topic files, or check that this is the right file.',
      ),
    ]);
  }
  const bytes = await readFile(file);
  return decodeText(bytes, label);
}

function readFailure(e: unknown, where: ReturnType<typeof fileLocation>): Diagnostic {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return error('FILE', 'file not found', where, 'Check the path and the file name.');
  if (code === 'EACCES' || code === 'EPERM') return error('FILE', 'permission denied when reading the file', where);
  return error('FILE', `could not read the file (${code ?? String(e)})`, where);
}

/** Decode bytes as UTF-8 text, rejecting empty, binary and non-UTF-8 content. */
export function decodeText(bytes: Uint8Array, label: string): Result<string> {
  const where = fileLocation(label);
  if (bytes.subarray(0, 8192).includes(0)) {
    return fail([
      error(
        'FILE',
        'this is a binary file, not a YAML text file',
        where,
        'Topic and deck files are plain text (.yaml). Check that you picked the right file.',
      ),
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail([error('FILE', 'the file is not UTF-8 text', where, 'Save the file with UTF-8 encoding in your editor.')]);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail([error('FILE', 'the file is empty', where, 'Start from the annotated example in docs/topic-format.md.')]);
  }
  return ok(text);
}
