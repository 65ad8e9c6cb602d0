/**
 * The one typed contract between the Electron main process and the renderer.
 *
 * Main imports these types to implement the handler table (`main/ipc/`),
 * the preload turns them into the `window.exzerpt` bridge, and the renderer
 * calls that bridge. Everything here is plain data (structured-clone safe);
 * nothing carries a file system path chosen by the renderer: documents are
 * addressed by their id (path relative to the corpus root).
 */

import type { CorpusState, DocumentMatches, DocumentView, IndexProgress, SearchOptions, SearchResponse } from './corpus-types'
import type { ExportPreview, ExportRequest, ExportSaveResult, ImportResult, RevealTarget } from './export-types'
import type {
  HighlightList,
  HighlightPatch,
  HighlightQuery,
  HighlightView,
  MemoView,
  NewHighlightInput,
  NoteDoc,
  NotebookInfo,
  TagInput,
  TagPatch,
  TagView,
  UndoInfo,
} from './notebook-types'

// The data the contract speaks of lives in three files by subject; this file is the API.
export type * from './corpus-types'
export type * from './export-types'
export type * from './notebook-types'
export { HIGHLIGHT_COLORS } from './notebook-types'
export { DEFAULT_EXPORT_REQUEST } from './export-types'

export interface AppState {
  /** Null while no corpus is open (first start with no folder, or while opening). */
  corpus: CorpusState | null
  /** The open corpus's notebook; null while no corpus is open. */
  notebook: NotebookInfo | null
  /** Set when opening the last folder failed, in plain words. */
  error: string | null
  indexing: IndexProgress | null
}

/** Result of asking main to open another folder. `cancelled` when the user closed the dialog. */
export type OpenFolderResult = { status: 'opened'; state: AppState } | { status: 'cancelled' } | { status: 'failed'; error: string }

/** Menu commands main forwards to the renderer (which knows what has focus). */
export type MenuCommand = 'undo' | 'manage-tags' | 'new-memo' | 'export' | 'import' | 'open-folder' | 'prepare-close'

/** Events main pushes to the renderer. */
export interface ExzerptEvents {
  command: MenuCommand
  /** An exzerpt:// link was opened (from an exported note, a browser, another app): call `takeReveal`. */
  reveal: null
  progress: IndexProgress
  state: AppState
  /** After every notebook change (by this window, the menu, or a re-anchoring). */
  notebook: NotebookInfo
}

/** The invoke half of the bridge: one method per IPC channel, same name. */
export interface ExzerptInvokeApi {
  getState(): Promise<AppState>
  /** Shows the system folder picker (main owns dialogs). */
  openFolder(): Promise<OpenFolderResult>
  getDocument(id: string): Promise<DocumentView>
  search(query: string, options?: SearchOptions): Promise<SearchResponse>
  findInDocument(id: string, query: string): Promise<DocumentMatches>

  listHighlights(query: HighlightQuery): Promise<HighlightList>
  /** Resolves once the highlight is on disk. */
  createHighlight(input: NewHighlightInput): Promise<HighlightView>
  /** Resolves once the change is on disk; rapid note edits are coalesced into one write. */
  updateHighlight(id: string, patch: HighlightPatch): Promise<HighlightView>
  deleteHighlight(id: string): Promise<UndoInfo>
  /** Removes a highlight's note (undoable). */
  deleteNote(id: string): Promise<UndoInfo>
  /** Attaches a highlight (usually an orphan) to a new passage. */
  /** `docHash`: the `DocumentView.hash` of the text the offsets were taken in (refused when the file changed since). */
  reattachHighlight(id: string, range: { docId: string; start: number; end: number; docHash: string }): Promise<HighlightView>
  /** Accepts a fuzzy re-anchor: the found passage becomes the highlight's passage. */
  confirmHighlight(id: string): Promise<HighlightView>
  /** Rejects a fuzzy re-anchor: the highlight becomes an orphan, keeping its quote. */
  rejectHighlight(id: string): Promise<HighlightView>

  listTags(): Promise<TagView[]>
  createTag(input: TagInput): Promise<TagView>
  updateTag(id: string, patch: TagPatch): Promise<TagView>
  /** Moves every highlight of `sourceId` to `targetId` and deletes the source tag. */
  mergeTags(sourceId: string, targetId: string): Promise<UndoInfo>
  /** Deletes the tag (its highlights stay, without it). */
  deleteTag(id: string): Promise<UndoInfo>

  listMemos(): Promise<MemoView[]>
  createMemo(docId: string | null, note: NoteDoc): Promise<MemoView>
  updateMemo(id: string, note: NoteDoc): Promise<MemoView>
  deleteMemo(id: string): Promise<UndoInfo>

  /** The export as it would be saved (Markdown or CSV), with its counts. */
  previewExport(request: ExportRequest): Promise<ExportPreview>
  /** Asks where to save (system dialog), then writes the export there. */
  saveExport(request: ExportRequest): Promise<ExportSaveResult>
  /** Asks for a folder (system dialog), then writes one Markdown note per document into it. */
  exportVault(request: ExportRequest): Promise<ExportSaveResult>
  /** Asks for an Exzerpt Markdown export (system dialog) and imports it into the notebook (undoable). */
  importNotes(): Promise<ImportResult>

  /** Reverts the last undoable change; null when there is nothing to undo. */
  undo(): Promise<UndoInfo | null>
  /**
   * Answers the 'prepare-close' command once every pending edit (a note typed in the last
   * moments) was saved — `saved: true`, the window closes — or could not be: `false` keeps
   * the window open, so the user sees the unsaved note and can retry or discard it.
   */
  readyToClose(saved: boolean): Promise<void>
  /** Opens a link from a note in the system browser or mail program (http, https and mailto only). */
  openExternal(url: string): Promise<void>
  /** The passage the last exzerpt:// link asked for, once (null when none is waiting). */
  takeReveal(): Promise<RevealTarget | null>
  /** Replaces a damaged notebook by one of its backups (the damaged file is kept aside) and opens it. */
  restoreNotebookBackup(name: string): Promise<AppState>
}

/** Everything `window.exzerpt` offers. */
export interface ExzerptApi extends ExzerptInvokeApi {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends keyof ExzerptEvents>(event: E, listener: (payload: ExzerptEvents[E]) => void): () => void
}

export type InvokeChannel = keyof ExzerptInvokeApi

/** Channel names, in one place so the preload and the handler table cannot drift apart. */
export const INVOKE_CHANNELS = [
  'getState',
  'openFolder',
  'getDocument',
  'search',
  'findInDocument',
  'listHighlights',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'deleteNote',
  'reattachHighlight',
  'confirmHighlight',
  'rejectHighlight',
  'listTags',
  'createTag',
  'updateTag',
  'mergeTags',
  'deleteTag',
  'listMemos',
  'createMemo',
  'updateMemo',
  'deleteMemo',
  'previewExport',
  'saveExport',
  'exportVault',
  'importNotes',
  'undo',
  'takeReveal',
  'readyToClose',
  'openExternal',
  'restoreNotebookBackup',
] as const satisfies readonly InvokeChannel[]

export const EVENT_CHANNELS = ['progress', 'state', 'notebook', 'command', 'reveal'] as const satisfies readonly (keyof ExzerptEvents)[]

/** Prefix of IPC channel names on the wire, so they cannot collide with Electron's own. */
export const CHANNEL_PREFIX = 'exzerpt:'

// Compile-time check that INVOKE_CHANNELS lists every method of the invoke API.
type MissingChannel = Exclude<InvokeChannel, (typeof INVOKE_CHANNELS)[number]>
export const CHANNELS_COMPLETE: [MissingChannel] extends [never] ? true : never = true
