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

/** Result of asking main to open another folder. `cancelled` when the user closed the dialog. */
export type OpenFolderResult = { status: 'opened'; state: AppState } | { status: 'cancelled' } | { status: 'failed'; error: string }

/** Events main pushes to the renderer. */
export interface ExzerptEvents {
  progress: IndexProgress
  state: AppState
}

/** The invoke half of the bridge: one method per IPC channel, same name. */
export interface ExzerptInvokeApi {
  getState(): Promise<AppState>
  /** Shows the system folder picker (main owns dialogs). */
  openFolder(): Promise<OpenFolderResult>
  getDocument(id: string): Promise<DocumentView>
  search(query: string, options?: SearchOptions): Promise<SearchResponse>
  findInDocument(id: string, query: string): Promise<DocumentMatches>
}

/** Everything `window.exzerpt` offers. */
export interface ExzerptApi extends ExzerptInvokeApi {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends keyof ExzerptEvents>(event: E, listener: (payload: ExzerptEvents[E]) => void): () => void
}

export type InvokeChannel = keyof ExzerptInvokeApi

/** Channel names, in one place so the preload and the handler table cannot drift apart. */
export const INVOKE_CHANNELS = ['getState', 'openFolder', 'getDocument', 'search', 'findInDocument'] as const satisfies readonly InvokeChannel[]

export const EVENT_CHANNELS = ['progress', 'state'] as const satisfies readonly (keyof ExzerptEvents)[]

/** Prefix of IPC channel names on the wire, so they cannot collide with Electron's own. */
export const CHANNEL_PREFIX = 'exzerpt:'

// Compile-time check that INVOKE_CHANNELS lists every method of the invoke API.
type MissingChannel = Exclude<InvokeChannel, (typeof INVOKE_CHANNELS)[number]>
export const CHANNELS_COMPLETE: [MissingChannel] extends [never] ? true : never = true
