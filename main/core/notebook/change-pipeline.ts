import type { NotesSearch } from './notes-search'
import type { NotebookOp } from './store/notebook-ops'
import type { NotebookStore } from './store/notebook-store'
import type { UndoEntry, UndoStack } from './undo-stack'

/**
 * The one way a notebook change is made: through the store (memory at once, disk
 * soon), then recorded for the notes search, undo and the listeners. A change the
 * store refuses (malformed, notebook closing) leaves memory as it was and records
 * nothing; one it took is recorded even if the write then fails, since memory holds
 * it (the caller reports the failure).
 */
export class ChangePipeline {
  readonly #listeners = new Set<() => void>()
  #revision = 0

  constructor(
    private readonly store: NotebookStore,
    private readonly notes: NotesSearch,
    private readonly undo: UndoStack,
  ) {}

  /** Increases with every change memory took. */
  get revision(): number {
    return this.#revision
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  clearListeners(): void {
    this.#listeners.clear()
  }

  /** Applies ops as one journal entry; resolves once they are on disk. */
  apply(ops: NotebookOp[], undo?: UndoEntry): Promise<void> {
    if (!ops.length) return Promise.resolve()
    const highlights = ops.flatMap((op) => (op.op === 'putHighlight' ? [op.value.id] : op.op === 'deleteHighlight' ? [op.id] : []))
    const memos = ops.flatMap((op) => (op.op === 'putMemo' ? [op.value.id] : op.op === 'deleteMemo' ? [op.id] : []))
    // Only a rename changes what the carriers of a tag are found by: a new tag has none yet, and
    // deleting or merging a tag comes with a put of every highlight that carried it.
    const tags = ops.flatMap((op) => {
      if (op.op !== 'putTag') return []
      const before = this.store.getTag(op.value.id)
      return before && before.name !== op.value.name ? [op.value.id] : []
    })
    return this.put(() => this.store.apply(ops), { highlights, memos, tags }, undo)
  }

  /**
   * Makes one change with `write` (a store call) and waits for it to be on disk.
   * `touched` says what the notes search must look at again.
   */
  async put(write: () => Promise<void>, touched: { highlights?: string[]; memos?: string[]; tags?: string[] }, undo?: UndoEntry): Promise<void> {
    const before = this.store.changeCount
    const written = write()
    if (this.store.changeCount === before) return written
    // A tag rename changes what every carrier of the tag is found by.
    this.notes.tagsChanged(touched.tags ?? [])
    for (const id of touched.highlights ?? []) this.notes.highlightChanged(id)
    for (const id of touched.memos ?? []) this.notes.memoChanged(id)
    if (undo) this.undo.push(undo)
    this.#revision++
    try {
      await written
    } finally {
      for (const listener of this.#listeners) listener()
    }
  }
}
