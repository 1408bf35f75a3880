import type { TopicTemplate } from '../core/options.js';
import { topicTemplateText } from './topic-templates.js';
import { existsSync } from 'node:fs';
import { error, fileLocation, hasErrors } from '../core/errors.js';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import { parseTopicText } from '../core/validate/validate-topic.js';
import { readSource } from '../core/load/read-source.js';
import { fail, ok, type Result } from '../core/result.js';
import type { RequestOf, SlideEdit, TopicCheck, TopicText } from '../contract/ipc-contract.js';
import { editSlideText, fieldsOfProblems } from './edit-slide.js';
import { confinePath, relativeTo } from './confine.js';
import { contentHash, hashOfFile, saveConflict, type SaveGuard } from './file-hash.js';
import { normalizeLocation } from './library-snapshot.js';

/** The open content folder, as the topic operations need it. */
export interface FolderRef {
  root: string;
  /** The shipped library: never written to. */
  builtin: boolean;
}

/** Read a topic file's text. */
export async function readTopic(folder: FolderRef, rel: string): Promise<Result<TopicText>> {
  const abs = topicPath(folder, rel);
  if (!abs.ok) return abs;
  const text = await readSource(abs.value, relativeTo(folder.root, abs.value));
  if (!text.ok) {
    // An empty or damaged file can still be opened and fixed in the editor.
    const empty = text.diagnostics.some((d) => /empty/.test(d.message));
    if (!empty) return text;
    return ok({ path: relativeTo(folder.root, abs.value), text: '', readOnly: folder.builtin, hash: await hashOfFile(abs.value) });
  }
  return ok({ path: relativeTo(folder.root, abs.value), text: text.value, readOnly: folder.builtin, hash: await hashOfFile(abs.value) });
}

/** Check topic text with the same rules as the build, without saving it. */
export function checkTopic(folder: FolderRef, rel: string, text: string): Result<TopicCheck> {
  const abs = topicPath(folder, rel);
  if (!abs.ok) return abs;
  const label = relativeTo(folder.root, abs.value);
  if (text.trim() === '')
    return ok({
      path: label,
      diagnostics: [error('FILE', 'the file is empty', fileLocation(label), 'Start from the annotated example in docs/topic-format.md.')],
    });
  const r = parseTopicText(text, abs.value, label, folder.root);
  return ok({ path: label, diagnostics: (r.ok ? r.warnings : r.diagnostics).map(normalizeLocation) });
}

/** How to save a topic. */
export interface TopicSaveOptions extends SaveGuard {
  /** Save text with errors, e.g. to keep work in progress. */
  allowErrors?: boolean;
}

/**
 * Validate, then save a topic atomically. Text with errors is refused (the diagnostics say where)
 * unless `allowErrors` is set; a file that changed on disk since `baseHash` is refused with CONFLICT
 * unless `overwrite` is set; the built-in library is never written. Answers the new `hash`.
 */
export async function saveTopic(folder: FolderRef, rel: string, text: string, options: TopicSaveOptions = {}): Promise<Result<TopicCheck>> {
  if (folder.builtin) return fail([readOnly()]);
  const check = checkTopic(folder, rel, text);
  if (!check.ok) return check;
  if (hasErrors(check.value.diagnostics) && !options.allowErrors) return fail(check.value.diagnostics);
  const abs = topicPath(folder, rel);
  if (!abs.ok) return abs;
  const conflict = await saveConflict(abs.value, check.value.path, options);
  if (conflict) return fail([conflict]);
  const body = text.endsWith('\n') ? text : `${text}\n`;
  try {
    await writeFileAtomic(abs.value, body);
  } catch (e) {
    return fail([
      error('FILE', `could not save: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, fileLocation(check.value.path)),
    ]);
  }
  return ok({ ...check.value, hash: contentHash(body) }, check.warnings);
}

/** Create a new topic file from a small valid starting point. */
export async function createTopic(
  folder: FolderRef,
  id: string,
  title: string,
  today = new Date(),
  template: TopicTemplate = 'blank',
): Promise<Result<TopicText>> {
  if (folder.builtin) return fail([readOnly()]);
  const rel = `topics/${id}.yaml`;
  const abs = confinePath(folder.root, rel);
  if (!abs.ok) return abs;
  if (existsSync(abs.value))
    return fail([
      error('FILE', `a topic named "${id}" already exists`, fileLocation(rel), 'Choose another id, or open the existing topic.'),
    ]);
  const text = topicTemplateText(template, title, today.toISOString().slice(0, 10));
  await writeFileAtomic(abs.value, text);
  return ok({ path: rel, text, readOnly: false, hash: contentHash(text) });
}

function topicPath(folder: FolderRef, rel: string): Result<string> {
  const abs = confinePath(folder.root, rel);
  if (!abs.ok) return abs;
  if (!relativeTo(folder.root, abs.value).startsWith('topics/'))
    return fail([error('FILE', `"${rel}" is not a topic file (topics/<id>.yaml)`)]);
  return abs;
}

/** The diagnostic for writes to the shipped library. */
export function readOnly() {
  return error('FILE', 'the built-in library is read-only', undefined, 'Click "Customize library" to make your own copy, then edit it.');
}

/**
 * topic:edit-slide: change one slide's fields in the file as it is on disk (only those fields'
 * text changes), then save through the same checks as topic:save (validation, CONFLICT against
 * `baseHash`). Validation problems do not save; they come back next to the fields they concern.
 */
export async function editSlide(folder: FolderRef, req: RequestOf<'topic:edit-slide'>): Promise<Result<SlideEdit>> {
  if (folder.builtin) return fail([readOnly()]);
  const current = await readTopic(folder, req.path);
  if (!current.ok) return current;
  const edited = editSlideText(current.value.text, req.slideIndex, req.changes);
  if (!edited.ok) return edited;
  const text = edited.value;
  const saved = await saveTopic(folder, req.path, text, { baseHash: req.baseHash, overwrite: req.overwrite });
  if (saved.ok) return ok({ saved: true, path: saved.value.path, hash: saved.value.hash, text, problems: [] }, saved.warnings);
  if (saved.diagnostics.some((d) => d.code === 'CONFLICT' || d.code === 'FILE')) return saved;
  const fields = fieldsOfProblems(text, req.slideIndex, saved.diagnostics);
  const problems = saved.diagnostics.map((d, i) => ({
    field: fields[i],
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.location?.line ? { line: d.location.line } : {}),
  }));
  return ok({ saved: false, path: current.value.path, text, problems });
}
