import type { Highlight, Memo } from './notebook-schema'
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
