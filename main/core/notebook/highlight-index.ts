import type { AnchorStatus, Highlight } from './notebook-schema'

/**
 * Per-document lists and per-status counts of the highlights, kept up to date
 * record by record (see NotebookStore.onRecordChange), so that the views main
 * refreshes after every change — the document's highlights, the counts of lost
 * and to-check passages — cost as much as one document's highlights, not the
 * whole notebook's.
 */
export class HighlightIndex {
  readonly #byDoc = new Map<string, Set<string>>()
  readonly #byStatus: Record<AnchorStatus, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }

  constructor(highlights: Iterable<Highlight>) {
    for (const h of highlights) this.update(null, h)
  }

  /** Takes one change into account (`before` null: added; `after` null: deleted). */
  update(before: Highlight | null, after: Highlight | null): void {
    if (before) {
      this.#byStatus[before.status]--
      const ids = this.#byDoc.get(before.docId)
      ids?.delete(before.id)
      if (ids?.size === 0) this.#byDoc.delete(before.docId)
    }
    if (after) {
      this.#byStatus[after.status]++
      const ids = this.#byDoc.get(after.docId) ?? new Set<string>()
      ids.add(after.id)
      this.#byDoc.set(after.docId, ids)
    }
  }

  /** Ids of one document's highlights. */
  idsOf(docId: string): ReadonlySet<string> {
    return this.#byDoc.get(docId) ?? new Set()
  }

  /** How many highlights have this status (all of them: no status). */
  count(status?: AnchorStatus): number {
    if (status) return this.#byStatus[status]
    return this.#byStatus.exact + this.#byStatus.moved + this.#byStatus.fuzzy + this.#byStatus.orphaned
  }
}
