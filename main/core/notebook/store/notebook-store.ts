import { mkdir, stat } from 'node:fs/promises'
import { Low } from 'lowdb'
import { SCHEMA_VERSION } from '../notebook-schema'
import type { Highlight, Memo, NotebookData, Tag } from '../notebook-schema'
import { JournalFile } from './journal-file'
import { loadNotebookFiles } from './load-notebook'
import type { NotebookMaps } from './load-notebook'
import type { MigrationStep } from './migrate-notebook'
import { BACKUP_INTERVAL_MS, backupSnapshot, newestBackupTime } from './notebook-backups'
import { acquireLock, releaseLock } from './notebook-lock'
import { prepareOp } from './notebook-ops'
import type { NotebookOp, PreparedOp } from './notebook-ops'
import { notebookPaths } from './notebook-paths'
import { SnapshotAdapter } from './snapshot-adapter'
import type { NotebookSnapshot } from './stringify-snapshot'
import type { CollectionName, CollectionRecord } from './validate-notebook'
import { WriteQueue } from './write-queue'

export { NotebookCorruptError, NotebookLockedError, NotebookTooNewError } from './notebook-errors'
export type { NotebookOp } from './notebook-ops'

/** Options for {@link NotebookStore.open}. */
export interface NotebookStoreOptions {
  /** Window in which repeated puts of one record are merged into one append (ms; 0 = never). Default 300. */
  coalesceMs?: number
  /** Take `notebook.lock` (default true). Only tests and read-only tools should turn this off. */
  lock?: boolean
  /** Compact once the journal holds this many ops (default 2,000). */
  compactAfterOps?: number
  /** …or this many bytes (default 8 MB). */
  compactAfterBytes?: number
  /** Upgrade steps to use instead of the built-in ones (for tests of the migration path). */
  migrations?: Readonly<Record<number, MigrationStep>>
}

/** A record change: `before` null for a new record, `after` null for a deletion. */
export type RecordListener = <C extends CollectionName>(collection: C, before: CollectionRecord[C] | null, after: CollectionRecord[C] | null) => void

/** Counters for tests and the benchmark. */
export interface NotebookStoreStats {
  /** Journal appends, each one write + fsync (several ops may share one). */
  appends: number
  /** fdatasync calls on the journal. */
  syncs: number
  /** Ops in the journal since the last compaction. */
  journalOps: number
  journalBytes: number
  compactions: number
  backups: number
  /** The last failure of background work (compaction, backup), if any. */
  lastBackgroundError: Error | null
}

/**
 * One corpus's notebook, kept in `<dataDir>/notebook.json` (snapshot, written
 * through lowdb) plus `<dataDir>/notebook.journal` (one JSON line per change,
 * appended and fsync'ed). Changes show in {@link data} at once; their promises
 * resolve once they are on disk. The journal is folded into a new snapshot when
 * it grows large and at {@link close}, without blocking the main thread.
 *
 * A change whose promise rejects (e.g. disk full) stays in memory and is saved
 * by the next successful compaction, if there is one — callers should report the failure either way.
 */
export class NotebookStore {
  /** Path of `notebook.json`. */
  readonly file: string
  readonly journalFile: string
  readonly dataDir: string
  #maps: NotebookMaps
  #arrays: { [C in CollectionName]?: NotebookMaps[C] extends Map<string, infer R> ? R[] : never } = {}
  #view: Readonly<NotebookData>
  readonly #recordListeners = new Set<RecordListener>()
  #low: Low<NotebookSnapshot>
  #journal: JournalFile
  #queue: WriteQueue
  #locked: boolean
  #compactAfterOps: number
  #compactAfterBytes: number
  #journalOps: number
  #changes = 0
  #changesInSnapshot = 0
  #compaction: Promise<void> | null = null
  #compactions = 0
  #backups = 0
  #lastBackupAt: number
  #background = new Set<Promise<unknown>>()
  #lastBackgroundError: Error | null = null
  #closing: Promise<void> | null = null

  private constructor(
    dataDir: string,
    maps: NotebookMaps,
    journal: JournalFile,
    lastSeq: number,
    journalOps: number,
    lastBackupAt: number | null,
    options: NotebookStoreOptions,
  ) {
    const paths = notebookPaths(dataDir)
    this.dataDir = dataDir
    this.file = paths.file
    this.journalFile = paths.journalFile
    this.#maps = maps
    this.#journal = journal
    this.#journalOps = journalOps
    this.#lastBackupAt = lastBackupAt ?? 0
    this.#locked = options.lock !== false
    this.#compactAfterOps = options.compactAfterOps ?? 2000
    this.#compactAfterBytes = options.compactAfterBytes ?? 8 * 1024 * 1024
    this.#low = new Low(new SnapshotAdapter(paths.file), emptySnapshot(0))
    this.#queue = new WriteQueue(journal, lastSeq, options.coalesceMs ?? 300, (ops) => this.#written(ops))
    const arrays = this.#arrays
    this.#view = {
      schemaVersion: SCHEMA_VERSION,
      get highlights() {
        return (arrays.highlights ??= [...maps.highlights.values()])
      },
      get tags() {
        return (arrays.tags ??= [...maps.tags.values()])
      },
      get memos() {
        return (arrays.memos ??= [...maps.memos.values()])
      },
    }
  }

  /**
   * Opens (or creates) the notebook in `dataDir`. Throws `NotebookLockedError`
   * when another process has it open, `NotebookCorruptError` when it cannot be
   * read and `NotebookTooNewError` when a newer Exzerpt wrote it — in those cases nothing on disk is changed.
   */
  static async open(dataDir: string, options: NotebookStoreOptions = {}): Promise<NotebookStore> {
    const paths = notebookPaths(dataDir)
    await mkdir(dataDir, { recursive: true })
    const lock = options.lock !== false
    if (lock) await acquireLock(paths.lockFile, paths.file)
    let journal: JournalFile | null = null
    try {
      const { loaded, journal: contents } = await loadNotebookFiles(paths.file, paths.journalFile, options.migrations)
      // A new notebook gets its snapshot straight away, so "journal without snapshot" always means damage.
      if (loaded === null) await new SnapshotAdapter(paths.file).write(emptySnapshot(0))
      journal = await JournalFile.open(paths.journalFile, contents.validBytes)
      const maps = loaded?.maps ?? { highlights: new Map(), tags: new Map(), memos: new Map() }
      const journalOps = contents.entries.reduce((n, e) => n + e.ops.length, 0)
      const store = new NotebookStore(dataDir, maps, journal, loaded?.lastSeq ?? 0, journalOps, await newestBackupTime(dataDir), options)
      if (loaded?.migrated) {
        // Keep the old-format file, then rewrite at once: journal lines from now on are in the new format.
        await backupSnapshot(dataDir)
        store.#backups++
        store.#changes++
        await store.compact()
      } else if (loaded !== null) {
        store.#inBackground(store.#backupAtOpen())
      }
      return store
    } catch (error) {
      await journal?.close().catch(() => {})
      if (lock) await releaseLock(paths.lockFile).catch(() => {})
      throw error
    }
  }

  /**
   * The current state (including changes not yet on disk). Treat it as read-only. Each
   * collection's list is rebuilt lazily after a change to that collection only, so
   * reading the tags after a highlight was saved does not copy 100,000 highlights.
   */
  get data(): Readonly<NotebookData> {
    return this.#view
  }

  /**
   * Calls `listener` with each record as it changes in memory (before it is on disk),
   * so a caller can keep its own indexes (counts, by-document lists) without rescanning.
   * Returns the unsubscribe function.
   */
  onRecordChange(listener: RecordListener): () => void {
    this.#recordListeners.add(listener)
    return () => this.#recordListeners.delete(listener)
  }

  /** One highlight by id (O(1)). */
  getHighlight(id: string): Readonly<Highlight> | undefined {
    return this.#maps.highlights.get(id)
  }

  /** One tag by id (O(1)). */
  getTag(id: string): Readonly<Tag> | undefined {
    return this.#maps.tags.get(id)
  }

  /** One memo by id (O(1)). */
  getMemo(id: string): Readonly<Memo> | undefined {
    return this.#maps.memos.get(id)
  }

  /** Adds or replaces a highlight; resolves once durable. Rapid repeats of one highlight are coalesced. */
  putHighlight(h: Highlight): Promise<void> {
    return this.#single({ op: 'putHighlight', value: h })
  }

  deleteHighlight(id: string): Promise<void> {
    return this.#single({ op: 'deleteHighlight', id })
  }

  putTag(t: Tag): Promise<void> {
    return this.#single({ op: 'putTag', value: t })
  }

  deleteTag(id: string): Promise<void> {
    return this.#single({ op: 'deleteTag', id })
  }

  putMemo(m: Memo): Promise<void> {
    return this.#single({ op: 'putMemo', value: m })
  }

  deleteMemo(id: string): Promise<void> {
    return this.#single({ op: 'deleteMemo', id })
  }

  /**
   * Several ops as one journal line, so they reach the disk all together or not
   * at all (rename a tag everywhere, merge tags). If any op is malformed, none is applied.
   */
  apply(ops: NotebookOp[]): Promise<void> {
    if (this.#closing) return Promise.reject(closedError(this.file))
    let prepared: PreparedOp[]
    try {
      prepared = ops.map(prepareOp)
    } catch (error) {
      return Promise.reject(error)
    }
    if (!prepared.length) return this.#queue.flush()
    for (const p of prepared) this.#applyToMemory(p)
    const body = prepared.length === 1 ? prepared[0]!.body : `"op":"batch","ops":[${prepared.map((p) => `{${p.body}}`).join(',')}]`
    return this.#queue.enqueue(body, null, prepared.length)
  }

  /** Resolves once every change made so far is durable (coalescing windows are cut short). */
  flush(): Promise<void> {
    return this.#queue.flush()
  }

  /**
   * Writes a fresh snapshot of everything in memory and empties the journal.
   * Changes keep being journaled meanwhile; the snapshot is serialized in slices
   * so the main thread is never blocked for long. Concurrent calls run one after another.
   */
  compact(): Promise<void> {
    const previous = this.#compaction ?? Promise.resolve()
    const run = previous.catch(() => {}).then(() => this.#runCompaction())
    this.#compaction = run
    void run.then(
      () => this.#compactionDone(run),
      () => this.#compactionDone(run),
    )
    return run
  }

  /** Saves everything, compacts, waits for backups and releases the lock. Further changes are refused. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#queue.flush()
      let failure: unknown = null
      // If this fails, the journal still holds every change, so nothing is lost; report it all the same.
      await this.compact().catch((error: unknown) => (failure = error))
      await Promise.allSettled([...this.#background])
      this.#queue.release()
      await this.#journal.close()
      if (this.#locked) await releaseLock(notebookPaths(this.dataDir).lockFile)
      if (failure !== null) throw failure
    })()
    return this.#closing
  }

  /** How many changes memory has taken so far (the notebook tells a refused change by it). */
  get changeCount(): number {
    return this.#changes
  }

  /** Counters for tests and the benchmark. */
  get stats(): NotebookStoreStats {
    return {
      appends: this.#queue.appends,
      syncs: this.#journal.syncs,
      journalOps: this.#journalOps,
      journalBytes: this.#journal.bytes,
      compactions: this.#compactions,
      backups: this.#backups,
      lastBackgroundError: this.#lastBackgroundError,
    }
  }

  #single(op: NotebookOp): Promise<void> {
    if (this.#closing) return Promise.reject(closedError(this.file))
    let prepared: PreparedOp
    try {
      prepared = prepareOp(op)
    } catch (error) {
      return Promise.reject(error)
    }
    // Only changes of a record already there may be held back and merged (typing into a note).
    // A new record goes out in order with everything else, so that a reopened notebook lists
    // the records in the order memory has them (a held put would land after later inserts).
    const update = prepared.value !== null && this.#maps[prepared.collection].has(prepared.id)
    this.#applyToMemory(prepared)
    return this.#queue.enqueue(prepared.body, update ? `${prepared.collection}:${prepared.id}` : null, 1)
  }

  #applyToMemory(p: PreparedOp): void {
    const map = this.#maps[p.collection] as Map<string, unknown>
    const before = map.get(p.id) ?? null
    if (p.value) map.set(p.id, p.value)
    else map.delete(p.id)
    delete this.#arrays[p.collection]
    this.#changes++
    for (const listener of this.#recordListeners) listener(p.collection, before as never, p.value as never)
  }

  #written(ops: number): void {
    this.#journalOps += ops
    const large = this.#journalOps >= this.#compactAfterOps || this.#journal.bytes >= this.#compactAfterBytes
    if (large && !this.#compaction && !this.#closing) this.#inBackground(this.compact())
  }

  async #runCompaction(): Promise<void> {
    if (this.#changes === this.#changesInSnapshot && this.#journal.bytes === 0) return
    // Everything with a seq up to here is already in memory; ops still queued are in
    // memory too and will be journaled with higher seqs — replaying them later is harmless.
    const changes = this.#changes
    const snapshot: NotebookSnapshot = {
      schemaVersion: SCHEMA_VERSION,
      journalSeq: this.#queue.lastSeq,
      highlights: [...this.#maps.highlights.values()],
      tags: [...this.#maps.tags.values()],
      memos: [...this.#maps.memos.values()],
    }
    this.#journal.startTail()
    try {
      this.#low.data = snapshot
      await this.#low.write()
      this.#journalOps = await this.#journal.replaceWithTail()
    } catch (error) {
      this.#journal.stopTail()
      throw error
    } finally {
      this.#low.data = emptySnapshot(0)
    }
    this.#changesInSnapshot = changes
    this.#compactions++
    if (Date.now() - this.#lastBackupAt >= BACKUP_INTERVAL_MS) this.#inBackground(this.#backup())
  }

  #compactionDone(run: Promise<void>): void {
    if (this.#compaction === run) this.#compaction = null
  }

  /** Backs up the snapshot as found at open, unless a backup already has it. */
  async #backupAtOpen(): Promise<void> {
    const { mtimeMs } = await stat(this.file)
    if (mtimeMs > this.#lastBackupAt) await this.#backup()
  }

  async #backup(): Promise<void> {
    this.#lastBackupAt = Date.now()
    await backupSnapshot(this.dataDir)
    this.#backups++
  }

  #inBackground(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) => {
      this.#lastBackgroundError = error as Error
    })
    this.#background.add(tracked)
    void tracked.finally(() => this.#background.delete(tracked))
  }
}

function emptySnapshot(journalSeq: number): NotebookSnapshot {
  return { schemaVersion: SCHEMA_VERSION, journalSeq, highlights: [], tags: [], memos: [] }
}

function closedError(file: string): Error {
  return new Error(`The notebook "${file}" has been closed; changes can no longer be saved.`)
}
