import type { NotebookOp } from './store/notebook-ops'

/** An undoable change: what to tell the user, and how to compute its reversal when asked. */
export interface UndoEntry {
  label: string
  /** The highlight this change created, if it created one. */
  creates?: string
  /**
   * The ops that revert the change, computed at undo time from the notebook as it
   * is then — so an edit made since (say, to a note) is not thrown away by the undo.
   */
  revert(): NotebookOp[]
}

/** How many changes can be undone; older ones drop off. */
export const UNDO_DEPTH = 50

/** The session's undo history (not persisted: undo is for the last few minutes, not last week). */
export class UndoStack {
  readonly #entries: UndoEntry[] = []

  push(entry: UndoEntry): void {
    this.#entries.push(entry)
    if (this.#entries.length > UNDO_DEPTH) this.#entries.shift()
  }

  pop(): UndoEntry | undefined {
    return this.#entries.pop()
  }

  /** The label of the change Undo would revert next. */
  peek(): string | null {
    return this.#entries.at(-1)?.label ?? null
  }

  /** Drops entries that can no longer be undone safely. */
  forget(drop: (entry: UndoEntry) => boolean): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) if (drop(this.#entries[i]!)) this.#entries.splice(i, 1)
  }

  clear(): void {
    this.#entries.length = 0
  }
}
