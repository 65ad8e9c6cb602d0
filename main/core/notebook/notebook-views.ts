import type { JSONContent } from '@tiptap/core'
import type { HighlightView, MemoView, NoteDoc, TagView } from '../../../preload/contract'
import { currentRange } from './highlight-query'
import { notePreview } from './note/note-text'
import { paletteColor, type Highlight, type Memo, type Tag } from './notebook-schema'
import { tagKey } from './tags/tag-names'

/** What the views need to know of the corpus. */
export interface DocumentTitles {
  /** The document's title, or null when it is not (or no longer) in the corpus. */
  documentTitle(id: string): string | null
}

/** The renderer's view of a highlight: where it is now, how it reads, what it carries. */
export function toHighlightView(h: Highlight, docs: DocumentTitles): HighlightView {
  const title = docs.documentTitle(h.docId)
  return {
    id: h.id,
    docId: h.docId,
    docTitle: title ?? h.docId,
    docAvailable: title !== null,
    range: currentRange(h),
    quote: h.quote.exact,
    currentText: h.status === 'fuzzy' && h.fuzzy ? h.fuzzy.exact : null,
    status: h.status,
    color: paletteColor(h.color),
    tagIds: [...h.tagIds],
    note: (h.note as NoteDoc | null) ?? null,
    notePreview: notePreview(h.note as JSONContent | null),
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  }
}

/** Every tag with its own count and the count of its subtree, sorted by name (so a tree reads top-down). */
export function toTagViews(tags: readonly Tag[], highlights: readonly Highlight[]): TagView[] {
  // Each tag's ancestors that exist as tags ("Akteure/Russland" → Akteure's id), itself included.
  const idByKey = new Map(tags.map((t) => [tagKey(t.name), t.id]))
  const lineage = new Map<string, string[]>()
  for (const t of tags) {
    const levels = tagKey(t.name).split('/')
    const ids: string[] = []
    for (let i = 1; i <= levels.length; i++) {
      const id = idByKey.get(levels.slice(0, i).join('/'))
      if (id !== undefined) ids.push(id)
    }
    lineage.set(t.id, ids)
  }
  const own = new Map<string, number>()
  const total = new Map<string, number>()
  const counted = new Set<string>()
  for (const h of highlights) {
    // A highlight tagged both "Akteure" and "Akteure/Russland" counts once for "Akteure".
    counted.clear()
    for (const id of h.tagIds) {
      own.set(id, (own.get(id) ?? 0) + 1)
      for (const up of lineage.get(id) ?? []) counted.add(up)
    }
    for (const id of counted) total.set(id, (total.get(id) ?? 0) + 1)
  }
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }))
  return sorted.map((t) => {
    const levels = tagKey(t.name).split('/')
    return {
      id: t.id,
      name: t.name,
      color: t.color === null ? null : paletteColor(t.color),
      description: t.description,
      count: own.get(t.id) ?? 0,
      totalCount: total.get(t.id) ?? 0,
      parentId: levels.length > 1 ? (idByKey.get(levels.slice(0, -1).join('/')) ?? null) : null,
      depth: levels.length - 1,
    }
  })
}

export function toMemoView(m: Memo): MemoView {
  return {
    id: m.id,
    docId: m.docId,
    note: m.note as NoteDoc,
    preview: notePreview(m.note as JSONContent),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  }
}
