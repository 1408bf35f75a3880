import type { AppInfo, DeckApi, Diagnostic, LibrarySnapshot, PreviewSlide, RecentDeck } from '../../contract/ipc-contract.js';
import type { DeckDraft, DeckItem } from './draft.js';

/** What the preview shows. */
export interface PreviewState {
  url?: string;
  slides: PreviewSlide[];
  /** Problems of the current deck (composition), besides the library's. */
  diagnostics: Diagnostic[];
  busy: boolean;
}

/** Library browser filters. */
export interface Filters {
  search: string;
  category: string;
  audience: string;
}

/** The whole UI state; views read it and call {@link Store.update}. */
export interface AppState {
  info?: AppInfo;
  library?: LibrarySnapshot;
  draft: DeckDraft;
  /** Deck file the draft was opened from or saved to. */
  deckPath?: string;
  /** Content hash of the deck file when opened or last saved (sent as baseHash). */
  deckHash?: string;
  /** True when the draft has changes that are not saved. */
  dirty: boolean;
  preview: PreviewState;
  filters: Filters;
  recent: RecentDeck[];
}

/** A new, empty deck. */
export function emptyDraft(): DeckDraft {
  return { id: 'new-deck', title: 'New deck', audience: 'patient', theme: 'clinical', items: [] };
}

/** Most deck changes kept for undo. */
const UNDO_LIMIT = 200;

type Listener = (state: AppState, previous: AppState) => void;

/** A tiny observable store: one state object, replaced on every update. */
export class Store {
  private state: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(readonly api: DeckApi) {
    this.state = {
      draft: emptyDraft(),
      dirty: false,
      preview: { slides: [], diagnostics: [], busy: false },
      filters: { search: '', category: '', audience: '' },
      recent: [],
    };
  }

  /** The current state (do not mutate it). */
  get(): AppState {
    return this.state;
  }

  /** Replace parts of the state and notify listeners. */
  update(patch: Partial<AppState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const l of this.listeners) l(this.state, previous);
  }

  private readonly undoStack: DeckDraft[] = [];
  private readonly redoStack: DeckDraft[] = [];
  private lastEdit = { key: '', at: 0 };

  /**
   * Change the draft (marks it unsaved); every change can be undone. Typing in one field is one
   * step: changes with the same `coalesce` key within a second and a half merge.
   */
  editDraft(change: (draft: DeckDraft) => DeckDraft, coalesce = ''): void {
    const now = Date.now();
    const merge = coalesce !== '' && coalesce === this.lastEdit.key && now - this.lastEdit.at < 1500;
    if (!merge) {
      this.undoStack.push(this.state.draft);
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    }
    this.redoStack.length = 0;
    this.lastEdit = { key: coalesce, at: now };
    this.update({ draft: change(this.state.draft), dirty: true });
  }

  /** Start a new history (a deck was opened or created): nothing to undo. */
  resetHistory(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
    this.lastEdit = { key: '', at: 0 };
  }

  /** Undo the last deck change; false when there is none. */
  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.state.draft);
    this.lastEdit = { key: '', at: 0 };
    this.update({ draft: previous, dirty: true });
    return true;
  }

  /** Redo the last undone change; false when there is none. */
  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.state.draft);
    this.update({ draft: next, dirty: true });
    return true;
  }

  /** How many steps can be undone and redone (for the toolbar buttons). */
  historySize(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
  }

  /** Replace the deck's items (marks it unsaved). */
  setItems(items: DeckItem[]): void {
    this.editDraft((d) => ({ ...d, items }));
  }

  /** Subscribe to changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Lower-case words joined by hyphens, for a deck id made from its title. */
export function toKebab(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'deck'
  );
}

/**
 * Every topic a deck of this library may name: the folder's own, then the built-in ones
 * (`origin: 'builtin'`; an overridden one is listed as `builtin:<id>`), as the CLI resolves them.
 */
export function libraryTopics(library: LibrarySnapshot | undefined): LibrarySnapshot['topics'] {
  if (!library) return [];
  return [...library.topics, ...library.builtinTopics];
}

/** A human label for a topic or slide of the deck. */
export function itemLabel(item: DeckItem, library: LibrarySnapshot | undefined): { title: string; detail: string } {
  const topic = libraryTopics(library).find((t) => t.id === item.topic);
  if (item.kind === 'topic')
    return {
      title: topic?.title ?? item.topic,
      detail: topic
        ? `Whole topic · ${topic.slides.length} ${topic.slides.length === 1 ? 'slide' : 'slides'}`
        : 'Topic not found or has errors',
    };
  const slide = topic?.slides.find((s) => String(s.id) === String(item.slide));
  return { title: slide?.title ?? `Slide ${item.slide}`, detail: `One slide · from ${topic?.title ?? item.topic}` };
}
