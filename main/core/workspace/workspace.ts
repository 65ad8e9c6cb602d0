import { stat } from 'node:fs/promises'
import path from 'node:path'
import type {
  CorpusState,
  DocumentMatches,
  DocumentSummary,
  DocumentView,
  IndexProgress,
  SearchResponse,
  SkippedFile,
} from '../../../preload/contract'
import { loadDocument, DocumentReadError, type LoadedDocument } from '../corpus/load-document'
import { Notebook } from '../notebook/notebook'
import { paragraphRanges } from '../corpus/paragraphs'
import { scanCorpus, type CorpusFile } from '../corpus/scan-corpus'
import { parseQuery, QuerySyntaxError } from '../search/query-parser'
import { SearchIndex, type IndexableDocument } from '../search/search-index'
import { DocumentCache } from './document-cache'
import { loadIndexCache, saveIndexCache, toManifestEntry, type Manifest, type ManifestEntry } from './index-cache'
import { resolveDataDir } from './resolve-data-dir'
import { watchCorpus } from './watch-corpus'

/** Builds a search index from documents; the app runs it in a worker thread, the CLI in-process. */
export type Indexer = (docs: IndexableDocument[], onProgress: (done: number, total: number) => void) => Promise<SearchIndex>

export interface WorkspaceOptions {
  /** Where to keep data when the corpus folder is read-only (the app's user-data folder). */
  fallbackDataRoot: string
  /** Overrides where the index lives (tests). */
  dataDir?: string
  indexer?: Indexer
  onProgress?: (progress: IndexProgress) => void
}

/** Above this share of changed documents a full rebuild (off-thread) beats incremental updates. */
const INCREMENTAL_LIMIT = 0.3

/** Builds the index synchronously in this thread: fine for the CLI and tests. */
export const inProcessIndexer: Indexer = async (docs, onProgress) => SearchIndex.build(docs, onProgress)

/**
 * An open corpus: its documents, its search index and its notebook.
 * The app, the CLI and the tests all go through this class.
 */
export class Workspace {
  #notebook: Notebook | null = null
  #contentRevision = 0
  readonly #changedDocuments: Record<string, number> = {}
  readonly #changeListeners = new Set<(id: string) => void>()
  #unwatch: (() => void) | null = null
  /** Loads in progress, by id: overlapping reads of one file share one (an older read must not land last). */
  readonly #loading = new Map<string, Promise<LoadedDocument>>()

  private constructor(
    readonly root: string,
    readonly dataDir: string,
    private readonly files: Map<string, CorpusFile>,
    private manifest: Manifest,
    readonly skipped: SkippedFile[],
    private readonly index: SearchIndex,
    readonly indexOrigin: CorpusState['indexOrigin'],
    private readonly cache: DocumentCache,
  ) {}

  /**
   * Opens a corpus folder: scans it, loads the saved index when the analyzer
   * version matches, re-indexes added/changed/removed files (size + mtime,
   * then content hash), and saves the index again when anything changed.
   * Throws `CorpusNotFoundError` for a missing folder; unreadable files never
   * stop it (they are listed in `skipped`).
   */
  static async open(corpusDir: string, options: WorkspaceOptions): Promise<Workspace> {
    const root = path.resolve(corpusDir)
    const report = options.onProgress ?? (() => {})
    const indexer = options.indexer ?? inProcessIndexer
    report({ phase: 'scan', done: 0, total: 0 })
    const scan = await scanCorpus(root)
    const dataDir = options.dataDir ?? (await resolveDataDir(root, options.fallbackDataRoot))
    const skipped = [...scan.skipped]
    const cache = new DocumentCache()

    const saved = await loadIndexCache(dataDir)
    let index: SearchIndex | null = null
    if (saved) {
      report({ phase: 'load', done: 0, total: 1 })
      try {
        index = SearchIndex.fromJSON(saved.indexJson)
      } catch {
        index = null // another analyzer version or a damaged file: rebuild, never trust it
      }
    }
    const oldManifest: Manifest = index && saved ? saved.manifest : {}

    // Decide per file whether the saved entry still holds; read only what changed.
    const manifest: Manifest = {}
    const toIndex: LoadedDocument[] = []
    // Held only while opening, so a cold build reads each file once.
    const loaded = new Map<string, LoadedDocument>()
    const files = new Map<string, CorpusFile>()
    const suspects = scan.files.filter((f) => {
      const old = oldManifest[f.id]
      if (old && old.size === f.size && old.mtimeMs === f.mtimeMs) {
        manifest[f.id] = old
        files.set(f.id, f)
        return false
      }
      return true
    })
    let read = 0
    for (const file of suspects) {
      // Every 25 files is plenty for a progress bar and spares the IPC channel 10,000 messages.
      if (read % 25 === 0) report({ phase: 'read', done: read, total: suspects.length })
      read++
      try {
        const doc = await loadDocument(file)
        files.set(file.id, { ...file, size: doc.size, mtimeMs: doc.mtimeMs })
        manifest[file.id] = toManifestEntry(doc)
        loaded.set(doc.id, doc)
        if (oldManifest[file.id]?.hash !== doc.hash) toIndex.push(doc)
      } catch (error) {
        if (!(error instanceof DocumentReadError)) throw error
        skipped.push({ path: file.id, reason: error.reason })
      }
    }
    const removed = Object.keys(oldManifest).filter((id) => !manifest[id])
    const changed = toIndex.length + removed.length
    const metadataOnly = suspects.length - toIndex.length > 0

    let origin: CorpusState['indexOrigin'] = 'loaded'
    if (!index || changed > INCREMENTAL_LIMIT * Math.max(1, Object.keys(manifest).length)) {
      // Too much changed (or nothing saved): rebuild everything, off-thread when the caller asked for it.
      const all: IndexableDocument[] = []
      for (const file of scan.files) {
        const entry = manifest[file.id]
        if (!entry) continue
        const doc = loaded.get(file.id) ?? (await loadOrSkip(files.get(file.id) ?? file, skipped))
        if (doc) all.push({ id: doc.id, title: doc.title, text: doc.text })
      }
      index = await indexer(all, (done, total) => report({ phase: 'index', done, total }))
      origin = 'built'
    } else if (changed > 0) {
      for (const id of removed) if (index.has(id)) index.remove(id)
      let done = 0
      for (const doc of toIndex) {
        report({ phase: 'index', done: done++, total: toIndex.length })
        if (index.has(doc.id)) index.remove(doc.id)
        index.add({ id: doc.id, title: doc.title, text: doc.text })
      }
      origin = 'updated'
    }

    if (origin !== 'loaded' || metadataOnly) {
      report({ phase: 'save', done: 0, total: 1 })
      await saveIndexCache(dataDir, { manifest, indexJson: index.toJSON() }).catch(() => {
        // A failed save only costs a rebuild next time; the open corpus works regardless.
      })
    }
    report({ phase: 'done', done: 1, total: 1 })
    // In the scan's order (by path): a re-read file must not move to the end of the list.
    const ordered = new Map(scan.files.flatMap((f) => (files.has(f.id) ? [[f.id, files.get(f.id)!] as const] : [])))
    return new Workspace(root, dataDir, ordered, manifest, skipped, index, origin, cache)
  }

  get name(): string {
    return path.basename(this.root)
  }

  /** Documents in id order, with their metadata. */
  get documents(): DocumentSummary[] {
    return [...this.files.keys()]
      .filter((id) => this.manifest[id])
      .map((id) => toSummary(id, this.manifest[id]!))
  }

  state(): CorpusState {
    return {
      root: this.root,
      name: this.name,
      dataDir: this.dataDir,
      documents: this.documents,
      skipped: this.skipped,
      indexOrigin: this.indexOrigin,
      contentRevision: this.#contentRevision,
      changedDocuments: { ...this.#changedDocuments },
    }
  }

  /** The document's title, or null when there is no such document (the notebook's views use it). */
  documentTitle(id: string): string | null {
    return this.has(id) ? this.manifest[id]!.title : null
  }

  /** Has a document with this id (the only way the renderer may name a file). */
  has(id: string): boolean {
    return this.files.has(id) && this.manifest[id] !== undefined
  }

  /**
   * The document's canonical text and paragraphs. Throws `DocumentReadError`
   * when the id is unknown or the file vanished or became unreadable.
   */
  async getDocument(id: string): Promise<DocumentView> {
    const doc = await this.read(id, true)
    return { ...toSummary(id, toManifestEntry(doc)), text: doc.text, paragraphs: paragraphRanges(doc.text), hash: doc.hash }
  }

  /** Content hash of a document as indexed (sha256 of its canonical text), or null when it is not in the corpus. */
  documentHash(id: string): string | null {
    return this.has(id) ? this.manifest[id]!.hash : null
  }

  /**
   * A document's canonical text as it is on disk now (a changed file is re-read,
   * re-indexed and gets its new hash). Throws `DocumentReadError` for unknown,
   * vanished or unreadable files.
   */
  async getText(id: string): Promise<string> {
    return (await this.read(id, true)).text
  }

  /** The open notebook, or null before {@link openNotebook} (or after it failed). */
  get notebook(): Notebook | null {
    return this.#notebook
  }

  /**
   * Opens the corpus's notebook in the data folder (once) and re-anchors its
   * highlights against the documents as they are now. Throws the store's errors
   * (corrupt, too new, locked); the corpus stays usable without a notebook.
   */
  async openNotebook(options: { lock?: boolean } = {}): Promise<Notebook> {
    if (!this.#notebook) {
      const notebook = await Notebook.open(this.dataDir, this, options)
      this.#notebook = notebook
      // Failures surface on the next look (listing highlights re-anchors too); nothing is lost meanwhile.
      this.onDocumentChanged((id) => void notebook.ensureAnchored(id).catch(() => {}))
    }
    return this.#notebook
  }

  /**
   * Watches the corpus folder while it is open (the app does; the CLI does not), so a
   * document edited elsewhere is re-read at once: its highlights re-anchor and listeners
   * hear of it without waiting for someone to open it. Files added or removed are
   * picked up at the next open.
   */
  watch(onError?: (error: Error) => void): void {
    this.#unwatch ??= watchCorpus(
      this.root,
      (id) => this.has(id),
      // A file whose size and mtime are unchanged (a chmod, a Finder tag) is not even read.
      async (id) => {
        const file = this.files.get(id)
        if (file && (await changedOnDisk(file))) await this.read(id, true)
      },
      onError,
    )
  }

  /** Calls `listener` with a document's id whenever its text is found changed on disk. Returns the unsubscribe function. */
  onDocumentChanged(listener: (id: string) => void): () => void {
    this.#changeListeners.add(listener)
    return () => this.#changeListeners.delete(listener)
  }

  /** Saves and closes the notebook, if open (releasing its lock). */
  async close(): Promise<void> {
    this.#unwatch?.()
    this.#unwatch = null
    this.#changeListeners.clear()
    const notebook = this.#notebook
    this.#notebook = null
    await notebook?.close()
  }

  /**
   * Runs a query over the documents and, when the notebook is open, over notes,
   * memos and tags. A malformed query comes back with `error` set, not as an exception.
   */
  async search(query: string, limit = 20): Promise<SearchResponse> {
    try {
      const parsed = parseQuery(query)
      const result = await this.index.search(parsed, (id) => this.read(id).then((d) => d.text), { limit })
      const notes = this.#notebook ? await this.#notebook.searchNotes(parsed, (id) => this.documentTitle(id), limit) : []
      return {
        query,
        total: result.total,
        mode: result.mode,
        notes,
        error: null,
        results: result.results.map((r) => ({
          ...r,
          path: r.id,
          title: this.manifest[r.id]?.title ?? r.id,
        })),
      }
    } catch (error) {
      if (error instanceof QuerySyntaxError) return { query, total: 0, mode: 'all', results: [], notes: [], error: error.message }
      throw error
    }
  }

  /** Where the current query's words and phrases occur in one document (for the reader's marks). */
  async findInDocument(id: string, query: string): Promise<DocumentMatches> {
    const doc = await this.read(id)
    let parsed
    try {
      parsed = parseQuery(query)
    } catch (error) {
      if (error instanceof QuerySyntaxError) return { id, query, ranges: [] }
      throw error
    }
    return { id, query, ranges: this.index.matchRanges(id, doc.text, parsed) }
  }

  /**
   * A document, from the cache when possible. With `fresh`, the file's size and
   * mtime are checked first (one stat) so the reader and the notebook see edits
   * made while the corpus is open; search snippets skip that check for speed.
   */
  private async read(id: string, fresh = false): Promise<LoadedDocument> {
    const file = this.files.get(id)
    if (!file || !this.manifest[id]) throw new DocumentReadError(`no document "${id}" in this corpus`)
    const cached = this.cache.peek(id)
    if (cached && !(fresh && (await changedOnDisk(file)))) return cached
    const loading = this.#loading.get(id)
    if (loading) return loading
    const load = this.load(id, file)
    this.#loading.set(id, load)
    try {
      return await load
    } finally {
      this.#loading.delete(id)
    }
  }

  private async load(id: string, file: CorpusFile): Promise<LoadedDocument> {
    try {
      const doc = await loadDocument(file)
      this.files.set(id, { ...file, size: doc.size, mtimeMs: doc.mtimeMs })
      if (doc.hash !== this.manifest[id]!.hash) this.documentChanged(doc)
      else this.manifest[id] = { ...this.manifest[id]!, size: doc.size, mtimeMs: doc.mtimeMs }
      this.cache.put(doc)
      return doc
    } catch (error) {
      this.cache.delete(id)
      // Name the file: the reason alone ("file vanished") does not say which one.
      if (error instanceof DocumentReadError) throw new DocumentReadError(`${id}: ${error.reason}`)
      throw error
    }
  }

  /**
   * A document's text changed while the corpus is open: its new hash and metadata
   * are taken over and it is re-indexed (the saved index catches up on the next open,
   * which sees the new size and mtime).
   */
  private documentChanged(doc: LoadedDocument): void {
    this.manifest[doc.id] = toManifestEntry(doc)
    if (this.index.has(doc.id)) this.index.remove(doc.id)
    this.index.add({ id: doc.id, title: doc.title, text: doc.text })
    this.#contentRevision++
    this.#changedDocuments[doc.id] = (this.#changedDocuments[doc.id] ?? 0) + 1
    for (const listener of this.#changeListeners) listener(doc.id)
  }
}

async function changedOnDisk(file: CorpusFile): Promise<boolean> {
  try {
    const info = await stat(file.absPath)
    return info.size !== file.size || info.mtimeMs !== file.mtimeMs
  } catch {
    return true // vanished or unreadable: let the read report it
  }
}

async function loadOrSkip(file: CorpusFile, skipped: SkippedFile[]): Promise<LoadedDocument | null> {
  try {
    return await loadDocument(file)
  } catch (error) {
    if (!(error instanceof DocumentReadError)) throw error
    skipped.push({ path: file.id, reason: error.reason })
    return null
  }
}

function toSummary(id: string, entry: ManifestEntry): DocumentSummary {
  return { id, path: id, title: entry.title, date: entry.date, chars: entry.chars, words: entry.words, encoding: entry.encoding }
}
