import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { error, fileLocation } from '../core/errors.js';
import { writeFileAtomic } from '../core/export/atomic-write.js';
import type { EngineSlot } from '../core/export/engine-slot.js';
import { composeDeck } from '../core/model/compose-deck.js';
import { deckFromData, loadDeck } from '../core/validate/validate-deck.js';
import { isInside } from '../core/confine.js';
import { defaultPaper, LIMITS } from '../core/options.js';
import { VERSION } from '../core/paths.js';
import { fail, ok } from '../core/result.js';
import type { DeckIpc, RequestOf } from '../contract/ipc-contract.js';
import { confinePath, relativeTo } from './confine.js';
import { customizeLibrary } from './customize.js';
import { deckToDraft, deckToYaml } from './deck-file.js';
import { notChosen, type FolderGrants } from './folder-grants.js';
import { contentHash, hashOfFile, saveConflict } from './file-hash.js';
import type { ServiceSettings } from './settings.js';
import type { EventBus } from './events.js';
import { exportDeck, jobProblems, runDraftJob } from './export.js';
import { librarySnapshot, LOGO_FOLDER, normalizeLocation } from './library-snapshot.js';
import type { LibraryState } from './library-state.js';
import { previewSlides, renderWithoutNotes, type PreviewStore } from './preview.js';
import type { RecentDecks } from './recent.js';
import { checkTopic, createTopic, editSlide, readOnly, readTopic, saveTopic } from './topics.js';

/** What the handlers share. */
export interface HandlerContext {
  settings: Readonly<ServiceSettings>;
  state: LibraryState;
  previews: PreviewStore;
  recent: RecentDecks;
  events: EventBus;
  /** The PDF engine, started on the first PDF export. */
  engine?: EngineSlot;
  revealFile?: (file: string) => Promise<boolean> | boolean;
  /** Open a file in its usual program (Electron: shell.openPath); answers '' or the system's reason. */
  openFile?: (file: string) => Promise<string> | string;
  /** Folders library:open and library:customize may take. */
  grants: FolderGrants;
}

/** One function per channel; requests are already validated against the contract's schemas. */
export function createHandlers(ctx: HandlerContext): DeckIpc {
  return { ...libraryHandlers(ctx), ...topicHandlers(ctx), ...deckHandlers(ctx) };
}

function libraryHandlers(
  ctx: HandlerContext,
): Pick<DeckIpc, 'app:info' | 'library:open' | 'library:customize' | 'library:list' | 'asset:import' | 'recent:list'> {
  const { state, settings } = ctx;
  return {
    'app:info': async () =>
      ok({
        version: VERSION,
        host: settings.host,
        builtinRoot: settings.builtinRoot,
        defaultCustomRoot: settings.defaultCustomRoot,
        exportDir: settings.exportDir,
        pdfAvailable: !!ctx.engine,
        defaultPaper: defaultPaper(),
      }),
    'library:open': async (req) => {
      if (req.path !== undefined && !ctx.grants.allows(req.path)) return fail<never>([notChosen(req.path)]);
      const opened = await state.open(req.path ?? settings.builtinRoot);
      if (opened.ok) ctx.grants.grant(opened.value.root);
      return opened;
    },
    'library:customize': async (req) => {
      if (req.target !== undefined && !ctx.grants.allows(req.target)) return fail<never>([notChosen(req.target)]);
      const copy = await customizeLibrary(settings.builtinRoot, req.target ?? settings.defaultCustomRoot);
      if (!copy.ok) return copy;
      const opened = await state.open(copy.value.root);
      if (opened.ok) ctx.grants.grant(opened.value.root);
      return opened.ok ? ok({ ...opened.value, copied: copy.value.copied }) : opened;
    },
    'library:list': async () => ok(await librarySnapshot(await state.current(), state.builtin)),
    'asset:import': async (req) => importImage(ctx, req),
    'recent:list': async () => ok(await ctx.recent.list()),
  };
}

function topicHandlers(
  ctx: HandlerContext,
): Pick<DeckIpc, 'topic:read' | 'topic:validate' | 'topic:save' | 'topic:create' | 'topic:edit-slide'> {
  const { state } = ctx;
  const folder = () => ({ root: state.root, builtin: state.builtin });
  return {
    'topic:read': async (req) => readTopic(folder(), req.path),
    'topic:validate': async (req) => checkTopic(folder(), req.path, req.text),
    'topic:save': async (req) => {
      const saved = await saveTopic(folder(), req.path, req.text, {
        allowErrors: req.allowErrors,
        baseHash: req.baseHash,
        overwrite: req.overwrite,
      });
      if (saved.ok) await state.reload();
      return saved;
    },
    'topic:edit-slide': async (req) => {
      const edited = await editSlide(folder(), req);
      if (edited.ok && edited.value.saved) await state.reload();
      return edited;
    },
    'topic:create': async (req) => {
      const created = await createTopic(folder(), req.id, req.title, new Date(), req.template);
      if (created.ok) await state.reload();
      return created;
    },
  };
}

function deckHandlers(ctx: HandlerContext): Pick<DeckIpc, 'deck:open' | 'deck:preview' | 'deck:save' | 'deck:export' | 'export:reveal'> {
  const { state, settings } = ctx;
  return {
    'deck:open': async (req) => openDeck(ctx, req),
    'deck:preview': async (req) => {
      // The preview shows slides that lack wording in the deck's language in English, marked; the
      // warnings name each one, so the app can list them. Export stays strict unless asked.
      const built = await runDraftJob(req.draft, await state.current(), {
        render: { previewEvents: true },
        overrides: { allowEnglishFallback: true },
      });
      if (!built.rendered || !built.model) return fail(jobProblems(built));
      // The audience window gets a page rendered without notes, so a mirrored screen can never show them.
      const rendered = req.withoutNotes ? renderWithoutNotes(built.model) : ok(built.rendered);
      if (!rendered.ok) return rendered;
      const page = await ctx.previews.add({ html: rendered.value.html, csp: rendered.value.parts.csp });
      return ok({ url: page.url, slides: previewSlides(built.model) }, jobProblems(built));
    },
    'deck:save': async (req) => saveDeck(ctx, req),
    'deck:export': async (req) =>
      exportDeck(
        {
          library: await state.current(),
          exportDir: settings.exportDir,
          engine: ctx.engine,
          progress: (p) => ctx.events.emit('export:progress', p),
        },
        req,
      ),
    'export:reveal': async (req) => {
      const file = path.resolve(req.file);
      if (!isInside(settings.exportDir, file) || !existsSync(file))
        return fail([error('FILE', 'only exported files can be shown', fileLocation(req.file))]);
      if (req.action === 'open') {
        if (!ctx.openFile) return ok({ shown: false, path: file });
        const reason = await ctx.openFile(file);
        return ok(reason ? { shown: false, path: file, reason } : { shown: true, path: file });
      }
      return ok({ shown: ctx.revealFile ? await ctx.revealFile(file) : false, path: file });
    },
  };
}

async function openDeck(ctx: HandlerContext, req: RequestOf<'deck:open'>) {
  const root = ctx.state.root;
  const abs = confinePath(root, req.path);
  if (!abs.ok) return abs;
  const deck = await loadDeck(abs.value, root);
  if (!deck.ok) return fail<never>(deck.diagnostics.map(normalizeLocation));
  const rel = relativeTo(root, abs.value);
  await ctx.recent.add({ root, path: rel, title: deck.value.data.title });
  const hash = await hashOfFile(abs.value);
  return ok({ path: rel, draft: deckToDraft(deck.value), hash }, deck.warnings.map(normalizeLocation));
}

/**
 * Validate a draft as a deck file, then write decks/<id>.yaml atomically, keeping the comments of
 * the file it replaces. Refused with CONFLICT when the file changed since `baseHash` (unless `overwrite`).
 */
async function saveDeck(ctx: HandlerContext, req: RequestOf<'deck:save'>) {
  const { state } = ctx;
  if (state.builtin) return fail<never>([readOnly()]);
  const deck = deckFromData(req.draft.deck, { id: req.draft.id, root: state.root });
  if (!deck.ok) return fail<never>(deck.diagnostics.map(normalizeLocation));
  const target = confinePath(state.root, `decks/${req.draft.id}.yaml`);
  if (!target.ok) return target;
  const composed = composeDeck(deck.value, await state.current());
  const problems = (composed.ok ? composed.warnings : composed.diagnostics).map(normalizeLocation);
  const label = relativeTo(state.root, target.value);
  const conflict = await saveConflict(target.value, label, req);
  if (conflict) return fail<never>([conflict]);
  const text = deckToYaml(req.draft.deck, await existingText(target.value));
  try {
    await writeFileAtomic(target.value, text);
  } catch (e) {
    return fail<never>([
      error(
        'FILE',
        `could not save the deck: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        fileLocation(deck.value.label),
      ),
    ]);
  }
  const rel = relativeTo(state.root, deck.value.file);
  await ctx.recent.add({ root: state.root, path: rel, title: String(req.draft.deck.title ?? req.draft.id) });
  await state.reload();
  // Problems in the topics a deck uses do not stop saving it; the caller shows them.
  return ok({ path: rel, hash: contentHash(text) }, problems);
}

/** The text of the file a save replaces, or undefined for a new file. */
async function existingText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function importImage(ctx: HandlerContext, req: RequestOf<'asset:import'>) {
  const { state } = ctx;
  if (state.builtin) return fail<never>([readOnly()]);
  const name = path
    .basename(req.name)
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+/, '');
  const folder = req.kind === 'logo' ? LOGO_FOLDER : 'images';
  const abs = confinePath(state.root, `${folder}/${name}`);
  if (!abs.ok) return abs;
  const bytes = Buffer.from(req.base64, 'base64');
  if (bytes.length === 0 || bytes.length > LIMITS.importImageBytes)
    return fail<never>([error('ASSET', 'the image must be between 1 byte and 2 MB', fileLocation(name))]);
  if (existsSync(abs.value))
    return fail<never>([
      error('ASSET', `${folder}/${name} already exists`, fileLocation(`${folder}/${name}`), 'Rename the file, or pick the existing image.'),
    ]);
  await mkdir(path.dirname(abs.value), { recursive: true });
  await writeFileAtomic(abs.value, bytes);
  return ok({ path: `${folder}/${name}` });
}
