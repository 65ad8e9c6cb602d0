import type { Highlight, Memo, Tag } from './notebook-schema'
import type { NotebookOp } from './store/notebook-ops'
import type { NotebookStore } from './store/notebook-store'
import type { UndoEntry } from './undo-stack'

// Undo entries for changes to single records. Each computes its ops when undone, from the
// notebook as it is then: a note edited since a colour change survives undoing the colour.

type Store = Pick<NotebookStore, 'data' | 'getHighlight' | 'getTag' | 'getMemo'>

/** Deletes for the tags that `ops` created, where no highlight but `exceptId` carries them now. */
function unusedTagDeletes(store: Store, ops: readonly NotebookOp[], exceptId: string): NotebookOp[] {
  const created = ops.flatMap((op) => (op.op === 'putTag' ? [op.value.id] : []))
  if (!created.length) return []
  const used = new Set(store.data.highlights.filter((h) => h.id !== exceptId).flatMap((h) => h.tagIds))
  return created.filter((id) => !used.has(id) && store.getTag(id)).map((id) => ({ op: 'deleteTag', id }))
}

/** Undo of a new highlight: it goes, with the tags made for it that nothing else carries. */
export function undoCreate(store: Store, id: string, tagOps: readonly NotebookOp[]): UndoEntry {
  return {
    label: 'Highlight created',
    creates: id,
    revert: () => [...(store.getHighlight(id) ? [{ op: 'deleteHighlight' as const, id }] : []), ...unusedTagDeletes(store, tagOps, id)],
  }
}

/** Undo of a colour or tag change (not of note typing: the editor has its own undo). */
export function undoRestyle(store: Store, before: Highlight, changed: { color: boolean; tags: boolean }, tagOps: readonly NotebookOp[]): UndoEntry {
  return {
    label: changed.tags ? 'Tags changed' : 'Colour changed',
    revert: () => {
      const now = store.getHighlight(before.id)
      if (!now) return []
      const back = { ...now, ...(changed.color ? { color: before.color } : {}), ...(changed.tags ? { tagIds: before.tagIds } : {}) }
      return [{ op: 'putHighlight', value: back }, ...unusedTagDeletes(store, tagOps, before.id)]
    },
  }
}

/** Undo of a deleted highlight: back as it was. */
export function undoDelete(store: Store, highlight: Highlight): UndoEntry {
  return { label: 'Highlight deleted', revert: () => (store.getHighlight(highlight.id) ? [] : [{ op: 'putHighlight', value: highlight }]) }
}

/** Undo of a deleted note: back onto the highlight as it is then. */
export function undoNoteDelete(store: Store, id: string, note: unknown): UndoEntry {
  return {
    label: 'Note deleted',
    revert: () => {
      const now = store.getHighlight(id)
      return now ? [{ op: 'putHighlight', value: { ...now, note } }] : []
    },
  }
}

/** Undo of a new memo. */
export function undoMemoCreate(store: Store, id: string): UndoEntry {
  return { label: 'Memo created', revert: () => (store.getMemo(id) ? [{ op: 'deleteMemo', id }] : []) }
}

/** Undo of a deleted memo. */
export function undoMemoDelete(store: Store, memo: Memo): UndoEntry {
  return { label: 'Memo deleted', revert: () => (store.getMemo(memo.id) ? [] : [{ op: 'putMemo', value: memo }]) }
}

/** Records an import put, each beside what it replaced (`null`: it was new). */
export interface PutRecords {
  tags: { value: Tag; before: Tag | null }[]
  highlights: { value: Highlight; before: Highlight | null }[]
  memos: { value: Memo; before: Memo | null }[]
}

/**
 * Undo of an import. Only what still reads as the import wrote it is reverted:
 * a record added by the import goes unless it was edited since, and a replaced
 * record gets back the fields the import changed and nothing has changed since
 * (a note written after the import survives undoing it).
 */
export function undoPutRecords(store: Store, put: PutRecords, label: string): UndoEntry {
  return {
    label,
    revert: () => {
      const ops: NotebookOp[] = []
      const removed = new Set<string>()
      for (const { value, before } of put.highlights) {
        const now = store.getHighlight(value.id)
        if (!now) continue
        if (before) ops.push({ op: 'putHighlight', value: revertFields(now, value, before) })
        else if (same(now, value)) (ops.push({ op: 'deleteHighlight', id: value.id }), removed.add(value.id))
      }
      for (const { value, before } of put.memos) {
        const now = store.getMemo(value.id)
        if (!now) continue
        if (before) ops.push({ op: 'putMemo', value: revertFields(now, value, before) })
        else if (same(now, value)) ops.push({ op: 'deleteMemo', id: value.id })
      }
      // A new tag that a highlight carries after the undo stays (judged by the highlights as this undo leaves them).
      const reverted = new Map(ops.flatMap((op) => (op.op === 'putHighlight' ? [[op.value.id, op.value] as const] : [])))
      const inUse = new Set(store.data.highlights.filter((h) => !removed.has(h.id)).flatMap((h) => (reverted.get(h.id) ?? h).tagIds))
      for (const { value, before } of put.tags) {
        const now = store.getTag(value.id)
        if (!now) continue
        if (before) ops.push({ op: 'putTag', value: revertFields(now, value, before) })
        else if (!inUse.has(value.id) && same(now, value)) ops.push({ op: 'deleteTag', id: value.id })
      }
      return ops.filter((op) => op.op !== 'putHighlight' || !same(op.value, store.getHighlight(op.value.id)))
    },
  }
}

/** `now` with every field that still holds what `written` put there set back to `before`. */
function revertFields<T extends object>(now: T, written: T, before: T): T {
  const out = { ...now } as Record<string, unknown>
  const keys = new Set([...Object.keys(written), ...Object.keys(before)])
  for (const key of keys) {
    const k = key as keyof T
    if (!same(now[k], written[k])) continue
    if (key in before) out[key] = before[k]
    else delete out[key]
  }
  return out as T
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
