/**
 * Edits on their way to disk, app-wide: every autosaving note (and the popover's
 * unsaved highlight) registers here, so that closing or reloading the window can
 * save them all first, and a note whose card has gone away is not lost when its
 * save fails (the app shows it and offers to try again).
 */

export interface PendingSave {
  /** Saves what is waiting now; resolves when done (a failure is kept and reported through `problem`). */
  flush(): Promise<void>
  /** True while something has not reached disk. */
  readonly dirty: boolean
  /** Why the last save failed, while it has not been saved since. */
  readonly problem: string | null
  /** Listens for changes of `dirty` and `problem`. */
  subscribe(listener: () => void): () => void
}

/** A failed save whose editor is gone: only the app can still show it. */
export interface OrphanedSave {
  key: string
  problem: string
}

export class PendingSaves {
  readonly #entries = new Map<string, { save: PendingSave; users: number; off: () => void }>()
  readonly #listeners = new Set<() => void>()
  /** Saves that are not editors (the popover's unsaved highlight): flushed with the rest, never on their own. */
  readonly #others = new Set<PendingSave>()
  #orphans: OrphanedSave[] = []

  /** The save registered under `key`, if any (a draft a closed editor left). */
  get(key: string): PendingSave | undefined {
    return this.#entries.get(key)?.save
  }

  /**
   * The save registered under `key`, or a new one from `create`. A remounted
   * editor gets back the save its predecessor left (with its unsaved draft).
   */
  acquire<S extends PendingSave>(key: string, create: () => S): S {
    let entry = this.#entries.get(key)
    if (!entry) {
      const save = create()
      entry = { save, users: 0, off: save.subscribe(() => this.#changed(key)) }
      this.#entries.set(key, entry)
    }
    entry.users++
    this.#update()
    return entry.save as S
  }

  /** The editor went away: what it still had is saved now, and kept here until it is. */
  release(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    entry.users = Math.max(0, entry.users - 1)
    if (entry.users === 0) void entry.save.flush().finally(() => this.#changed(key))
    this.#changed(key)
  }

  /** Adds a save that only goes out with flushAll (the window closing); returns its removal. */
  register(save: PendingSave): () => void {
    this.#others.add(save)
    return () => void this.#others.delete(save)
  }

  /** Saves everything that is waiting, in parallel; resolves when all are done (true when all reached disk). */
  async flushAll(): Promise<boolean> {
    const saves = [...[...this.#entries.values()].map((entry) => entry.save), ...this.#others]
    await Promise.all(saves.map((save) => save.flush().catch(() => {})))
    return saves.every((save) => !save.dirty)
  }

  /** Failed saves whose editor is gone. */
  get orphans(): readonly OrphanedSave[] {
    return this.#orphans
  }

  /** Gives up the unsaved drafts whose editors are gone. */
  discardOrphans(): void {
    for (const { key } of this.#orphans) {
      this.#entries.get(key)?.off()
      this.#entries.delete(key)
    }
    this.#update()
  }

  get size(): number {
    return this.#entries.size
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #changed(key: string): void {
    const entry = this.#entries.get(key)
    // Nobody shows it and nothing is waiting: forget it.
    if (entry && entry.users === 0 && !entry.save.dirty) {
      entry.off()
      this.#entries.delete(key)
    }
    this.#update()
  }

  #update(): void {
    const orphans: OrphanedSave[] = []
    for (const [key, { save, users }] of this.#entries) if (users === 0 && save.problem) orphans.push({ key, problem: save.problem })
    const same = orphans.length === this.#orphans.length && orphans.every((o, i) => o.key === this.#orphans[i]!.key && o.problem === this.#orphans[i]!.problem)
    if (!same) this.#orphans = orphans
    for (const listener of this.#listeners) listener()
  }
}

/** The app's one registry. */
export const pendingSaves = new PendingSaves()
