/**
 * The one typed contract between the Electron main process and the renderer.
 *
 * Main imports these types to implement the handler table (`main/ipc/`),
 * the preload turns them into the `window.exzerpt` bridge, and the renderer
 * calls that bridge. Everything here is plain data (structured-clone safe);
 * nothing carries a file system path chosen by the renderer: documents are
 * addressed by their id (path relative to the corpus root).
 */

/** A character range in a document's canonical text (UTF-16 code units, end exclusive). */
export interface TextRange {
  start: number
  end: number
}

export interface DocumentSummary {
  /** Path relative to the corpus root, with `/` separators. */
  id: string
  /** Same as id; kept separate so a later rename of ids does not change the CLI output. */
  path: string
  title: string
  /** Stated date as ISO `YYYY-MM-DD`, when the text gives one. */
  date: string | null
  chars: number
  words: number
  /** Encoding the file was decoded from, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string
}

export interface SkippedFile {
  /** Path relative to the corpus root. */
  path: string
  /** Why it was skipped, in plain words. */
  reason: string
}

export interface IndexProgress {
  phase: 'scan' | 'read' | 'index' | 'load' | 'save' | 'done'
  done: number
  total: number
}

export interface CorpusState {
  /** Absolute path of the open corpus folder (shown to the user, never sent back). */
  root: string
  name: string
  /** Where the saved index (and later the notebook) lives. */
  dataDir: string
  documents: DocumentSummary[]
  skipped: SkippedFile[]
  /** How the index came to be: rebuilt from scratch, loaded, or loaded and updated. */
  indexOrigin: 'built' | 'loaded' | 'updated'
}

export interface AppState {
  /** Null while no corpus is open (first start with no folder, or while opening). */
  corpus: CorpusState | null
  /** The open corpus's notebook; null while no corpus is open. */
  notebook: NotebookInfo | null
  /** Set when opening the last folder failed, in plain words. */
  error: string | null
  indexing: IndexProgress | null
}

export interface DocumentView extends DocumentSummary {
  /** Canonical text: NFC, LF line endings, no BOM. All offsets point into it. */
  text: string
  /** Paragraphs (blank-line separated) as ranges into `text`. */
  paragraphs: TextRange[]
}

export interface Snippet {
  text: string
  start: number
  end: number
  /** Matched words, as absolute ranges into the document's canonical text. */
  marks: TextRange[]
}

/** A search hit in the notebook rather than in a source: a highlight's note, quote or tags, or a memo. */
export interface NoteHit {
  kind: 'highlight' | 'memo'
  /** Highlight or memo id. */
  id: string
  /** The document the highlight or memo belongs to; null for a notebook-wide memo. */
  docId: string | null
  docTitle: string | null
  /** Where the words were found. */
  field: 'note' | 'quote' | 'tag'
  /** For a highlight: where its passage is now (null when lost), so a click can show it without another request. */
  range: TextRange | null
  /** The matching text, shortened around the first hit, with the matched words marked (offsets into `text`). */
  text: string
  marks: TextRange[]
}

export interface SearchHit {
  id: string
  path: string
  title: string
  score: number
  /** Number of matched word occurrences in the document. */
  hits: number
  snippets: Snippet[]
}

export interface SearchResponse {
  query: string
  total: number
  /** `all`: every word matched; `any`: nothing matched all words, so any-match was used. */
  mode: 'all' | 'any'
  results: SearchHit[]
  /** Hits in the notebook (notes, quotes, tags, memos), best first. */
  notes: NoteHit[]
  /** Set when the query is malformed (e.g. an unclosed quote); results are then empty. */
  error: string | null
}

export interface DocumentMatches {
  id: string
  query: string
  ranges: TextRange[]
}

export interface SearchOptions {
  limit?: number
}

// ---- Notebook -------------------------------------------------------------

/** The highlight palette; the renderer decides the shades. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/**
 * How a highlight sits on its document now: `exact` and `moved` are attached,
 * `fuzzy` was found in changed text and awaits the user's confirmation,
 * `orphaned` could not be found (its quote is kept; it can be re-attached).
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned'

/** One node of a rich-text note: tiptap's (ProseMirror's) JSON. */
export interface NoteNode {
  type: string
  attrs?: Record<string, unknown>
  content?: NoteNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

/** A rich-text note: a tiptap JSON document. */
export interface NoteDoc extends NoteNode {
  type: 'doc'
}

export interface HighlightView {
  id: string
  docId: string
  /** The document's title, or its id when the document is gone. */
  docTitle: string
  /** False when the source file vanished or became unreadable. */
  docAvailable: boolean
  /** Where the passage is in the document now; null when orphaned. For `fuzzy`: where the changed passage was found. */
  range: TextRange | null
  /** The text as it was highlighted. */
  quote: string
  /** For `fuzzy`: the text now at `range`, to compare with `quote`. */
  currentText: string | null
  status: AnchorStatus
  color: HighlightColor
  tagIds: string[]
  note: NoteDoc | null
  /** The note as plain text, shortened (for lists and hover cards). */
  notePreview: string
  createdAt: string
  updatedAt: string
}

export interface TagView {
  id: string
  /** "/" separates levels: "Akteure/Russland". */
  name: string
  color: HighlightColor | null
  description: string
  /** Highlights carrying this tag itself (not counting sub-tags). */
  count: number
  /** Highlights carrying this tag or any sub-tag. */
  totalCount: number
  /** The tag one level up ("Akteure" for "Akteure/Russland"); null at the top or when that level is not a tag. */
  parentId: string | null
  /** 0 at the top level. */
  depth: number
}

export interface MemoView {
  id: string
  /** The document the memo is about; null for a memo on the whole notebook. */
  docId: string | null
  note: NoteDoc
  preview: string
  createdAt: string
  updatedAt: string
}

export interface HighlightQuery {
  /** Only this document's highlights. */
  docId?: string
  /** Tag ids; a tag also matches its sub-tags. */
  tagIds?: string[]
  /** `all`: every listed tag (default); `any`: at least one. */
  tagMode?: 'all' | 'any'
  /** Words that must occur in the quote, the note or a tag name (umlauts and case folded). */
  text?: string
  /** `attached`: exact, moved and fuzzy; `orphaned`; `review`: fuzzy only. Default: all. */
  status?: 'attached' | 'orphaned' | 'review'
  /** `position`: by document, then place in it (default); `created`: newest first. */
  sort?: 'position' | 'created'
  /** At most this many (the first ones in the chosen order); default all. */
  limit?: number
}

export interface HighlightList {
  highlights: HighlightView[]
  /** How many match the filter (more than `highlights.length` when `limit` cut the list). */
  matched: number
  /** All highlights in the notebook, before filtering. */
  total: number
}

export interface NewHighlightInput {
  docId: string
  start: number
  end: number
  color?: HighlightColor
  /** Tag names; unknown names create tags. */
  tags?: string[]
  note?: NoteDoc | null
}

export interface HighlightPatch {
  color?: HighlightColor
  /** Replaces the tags (names; unknown names create tags). */
  tags?: string[]
  note?: NoteDoc | null
}

export interface TagInput {
  name: string
  color?: HighlightColor | null
  description?: string
}

export interface TagPatch {
  /** A new name renames the tag and its sub-tags everywhere. */
  name?: string
  color?: HighlightColor | null
  description?: string
}

/** What an undoable change did, for the "Undo" toast. */
export interface UndoInfo {
  /** Plain words, e.g. "Highlight deleted". */
  label: string
}

export interface BackupView {
  name: string
  createdAt: string
  valid: boolean
  problem: string | null
  highlights: number | null
}

/** The notebook of the open corpus: where it lives, and whether it could be opened. */
export interface NotebookInfo {
  /** `open`: usable; `failed`: could not be opened (see `problem`); the corpus can still be read. */
  status: 'open' | 'failed'
  /** Path of `notebook.json`. */
  file: string
  /** True when it lives in the corpus folder (`.exzerpt/`), false in the app's data folder (read-only corpus). */
  inCorpus: boolean
  problem: {
    kind: 'corrupt' | 'too-new' | 'locked' | 'unreadable'
    message: string
    /** Backups, newest first (for a damaged notebook). */
    backups: BackupView[]
  } | null
  highlights: number
  orphans: number
  /** Fuzzy re-anchors awaiting confirmation. */
  review: number
  tags: number
  memos: number
  /** Changes with every saved change, so views know when to refresh. */
  revision: number
  /** The label of the change Undo would revert, or null. */
  undo: string | null
}

/** Result of asking main to open another folder. `cancelled` when the user closed the dialog. */
export type OpenFolderResult = { status: 'opened'; state: AppState } | { status: 'cancelled' } | { status: 'failed'; error: string }

// ---- Export and import ---------------------------------------------------

/** What to export and how (the export dialog; the CLI builds the same). */
export interface ExportRequest {
  /** `all`: the whole notebook; `filter`: the highlights `filter` matches; `document`: one document's. */
  scope: 'all' | 'filter' | 'document'
  /** For `scope: 'filter'` (tags all/any, document, words; `status` and `sort` are ignored). */
  filter?: HighlightQuery
  /** For `scope: 'document'`. */
  docId?: string
  /** A heading per document, or per tag (a highlight with several tags appears under each). */
  groupBy: 'doc' | 'tag'
  includeNotes: boolean
  includeMemos: boolean
  /** Highlights whose passage was not found in the current text. */
  includeOrphans: boolean
  format: 'md' | 'csv'
}

export interface ExportCounts {
  highlights: number
  documents: number
  notes: number
  memos: number
  tags: number
  orphaned: number
}

export interface ExportPreview {
  /** The export, or its beginning when it is long (see `truncated`): a preview, not the file. */
  content: string
  /** True when `content` is only the beginning (the saved file has everything). */
  truncated: boolean
  counts: ExportCounts
  /** A file name to offer in the save dialog. */
  fileName: string
}

export type ExportSaveResult = { status: 'saved'; path: string; files: number } | { status: 'cancelled' }

export interface ImportCounts {
  created: number
  updated: number
  skipped: number
}

export interface ImportReport extends ImportCounts {
  /** Imported highlights whose passage was not found in the current files (kept, as lost passages). */
  orphaned: number
  tags: ImportCounts
  memos: ImportCounts
  /** Things the user should know, in plain words. */
  warnings: string[]
}

export type ImportResult = { status: 'imported'; path: string; report: ImportReport } | { status: 'cancelled' }

/** What an `exzerpt://open?doc=…&start=…&end=…&h=…` link asks to show, resolved against the notebook as it is now. */
export interface RevealTarget {
  docId: string
  /** The passage to scroll to; null for a link to the whole document (a memo's). */
  range: TextRange | null
  /** The highlight the link was made for, when it still exists (its range is then where it is now). */
  highlightId: string | null
}

/** Menu commands main forwards to the renderer (which knows what has focus). */
export type MenuCommand = 'undo' | 'manage-tags' | 'new-memo' | 'export' | 'import' | 'prepare-close'

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
  reattachHighlight(id: string, range: { docId: string; start: number; end: number }): Promise<HighlightView>
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
