// Part of the contract (preload/contract.ts re-exports it): what the renderer is told about the corpus, reading and search.

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
  /** Increases whenever a document is found changed on disk while the corpus is open (search runs again). */
  contentRevision: number
  /** The documents found changed on disk while the corpus is open, each with how often: the reader reloads the open one when its count moves. */
  changedDocuments: Record<string, number>
}

export interface DocumentView extends DocumentSummary {
  /** Canonical text: NFC, LF line endings, no BOM. All offsets point into it. */
  text: string
  /** Paragraphs (blank-line separated) as ranges into `text`. */
  paragraphs: TextRange[]
  /** Hash of `text`: a new highlight names it, so offsets taken in an older version are refused. */
  hash: string
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
