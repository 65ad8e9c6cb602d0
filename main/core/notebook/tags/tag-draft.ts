import { randomUUID } from 'node:crypto'
import type { Highlight, Tag } from '../notebook-schema'
import type { NotebookOp } from '../store/notebook-ops'
import type { UndoEntry } from '../undo-stack'
import { isSameOrBelow, tagKey } from './tag-names'

/** What tag edits read: the notebook as it is at the moment they run (and again when undone). */
export interface TagSource {
  readonly data: { readonly highlights: readonly Highlight[]; readonly tags: readonly Tag[] }
  getHighlight(id: string): Readonly<Highlight> | undefined
  getTag(id: string): Readonly<Tag> | undefined
}

/**
 * A scratch copy of the notebook's tags (and of the tag lists of the highlights
 * an edit touches) on which a tag edit is worked out step by step — a merge of a
 * tag with sub-tags is several renames, retags and deletions — and then turned
 * into one batch of ops, plus an undo computed from the difference.
 */
export class TagDraft {
  readonly #tags: Map<string, Tag>
  readonly #before = new Map<string, Tag>()
  readonly #created = new Set<string>()
  readonly #deleted = new Set<string>()
  /** Highlight id → its tag ids before and in the draft. */
  readonly #retagged = new Map<string, { before: string[]; after: string[] }>()

  constructor(private readonly source: TagSource) {
    this.#tags = new Map(source.data.tags.map((t) => [t.id, t]))
  }

  get(id: string): Tag | undefined {
    return this.#tags.get(id)
  }

  byName(name: string): Tag | undefined {
    const key = tagKey(name)
    for (const t of this.#tags.values()) if (tagKey(t.name) === key) return t
    return undefined
  }

  /** The tag and every tag below it, parents before children. */
  subtree(id: string): Tag[] {
    const root = this.#tags.get(id)
    if (!root) return []
    return [...this.#tags.values()].filter((t) => isSameOrBelow(t.name, root.name)).sort((a, b) => a.name.length - b.name.length)
  }

  /** The id of the tag with this (valid) name, creating it and any missing parent levels ("A/B/C" needs "A" and "A/B"). */
  ensure(name: string): string {
    const levels = name.split('/')
    let id = ''
    for (let i = 1; i <= levels.length; i++) {
      const prefix = levels.slice(0, i).join('/')
      const existing = this.byName(prefix)
      if (existing) {
        id = existing.id
        continue
      }
      const tag: Tag = { id: randomUUID(), name: prefix, color: null, description: '' }
      this.#tags.set(tag.id, tag)
      this.#created.add(tag.id)
      id = tag.id
    }
    return id
  }

  /** Changes a tag's record (name, colour, description). */
  put(tag: Tag): void {
    const old = this.#tags.get(tag.id)
    if (old && !this.#created.has(tag.id) && !this.#before.has(tag.id)) this.#before.set(tag.id, old)
    this.#tags.set(tag.id, tag)
  }

  /** Moves every highlight from one tag to another (a highlight that has both keeps one). */
  retag(fromId: string, toId: string): void {
    this.#eachCarrier(fromId, (ids) => (ids.includes(toId) ? ids.filter((t) => t !== fromId) : ids.map((t) => (t === fromId ? toId : t))))
  }

  /** Deletes a tag: it comes off every highlight; the highlights stay. */
  remove(id: string): void {
    this.#eachCarrier(id, (ids) => ids.filter((t) => t !== id))
    const old = this.#tags.get(id)
    if (!old) return
    this.#tags.delete(id)
    if (this.#created.delete(id)) return
    if (!this.#before.has(id)) this.#before.set(id, old)
    this.#deleted.add(id)
  }

  /** The draft as one batch of ops (tags first, so a highlight never refers to a tag not yet written). */
  ops(now: string): NotebookOp[] {
    const ops: NotebookOp[] = []
    for (const id of [...this.#created, ...this.#before.keys()]) {
      const tag = this.#tags.get(id)
      if (tag) ops.push({ op: 'putTag', value: tag })
    }
    for (const [id, { after }] of this.#retagged) {
      const h = this.source.getHighlight(id)
      if (h) ops.push({ op: 'putHighlight', value: { ...h, tagIds: after, updatedAt: now } })
    }
    for (const id of this.#deleted) ops.push({ op: 'deleteTag', id })
    return ops
  }

  /**
   * Undo for the draft: tag records as they were, new tags gone (unless used since),
   * and on each touched highlight the tags the edit added taken off and those it
   * removed put back — applied to the highlight as it is at undo time, so later edits stay.
   */
  undo(label: string): UndoEntry {
    const before = [...this.#before.values()]
    const created = [...this.#created]
    const retagged = [...this.#retagged]
    const source = this.source
    return {
      label,
      revert: () => {
        const ops: NotebookOp[] = before.map((value) => ({ op: 'putTag', value }))
        const changedHighlights = new Set<string>()
        for (const [id, change] of retagged) {
          const h = source.getHighlight(id)
          if (!h) continue
          const untouched = h.tagIds.length === change.after.length && h.tagIds.every((t, i) => t === change.after[i])
          const added = change.after.filter((t) => !change.before.includes(t))
          const removed = change.before.filter((t) => !change.after.includes(t))
          // Untouched since the edit: exactly as before (order included); otherwise just the difference.
          const tagIds = untouched ? change.before : [...h.tagIds.filter((t) => !added.includes(t)), ...removed.filter((t) => !h.tagIds.includes(t))]
          ops.push({ op: 'putHighlight', value: { ...h, tagIds } })
          changedHighlights.add(id)
        }
        const stillUsed = new Set(source.data.highlights.filter((h) => !changedHighlights.has(h.id)).flatMap((h) => h.tagIds))
        for (const id of created) if (!stillUsed.has(id) && source.getTag(id)) ops.push({ op: 'deleteTag', id })
        return ops
      },
    }
  }

  #eachCarrier(tagId: string, change: (ids: string[]) => string[]): void {
    for (const h of this.source.data.highlights) {
      const current = this.#retagged.get(h.id)?.after ?? h.tagIds
      if (!current.includes(tagId)) continue
      const after = change(current)
      const entry = this.#retagged.get(h.id)
      if (entry) entry.after = after
      else this.#retagged.set(h.id, { before: [...h.tagIds], after })
    }
  }
}
