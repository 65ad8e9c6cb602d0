import type { Highlight, Memo, Tag } from '../notebook-schema'

// Builders shared by this folder's tests: valid records with overridable fields.

/** A valid highlight with id `id`. */
export function makeHighlight(id: string, over: Partial<Highlight> = {}): Highlight {
  return {
    id,
    docId: 'doc-1',
    docHash: 'hash-1',
    position: { start: 10, end: 30 },
    quote: { exact: 'Die Lage ist ernst.', prefix: 'Vorher: ', suffix: ' Nachher' },
    status: 'exact',
    color: 'yellow',
    tagIds: [],
    note: null,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...over,
  }
}

/** A valid tag with id `id`. */
export function makeTag(id: string, over: Partial<Tag> = {}): Tag {
  return { id, name: `Akteure/${id}`, color: null, description: '', ...over }
}

/** A valid memo with id `id`. */
export function makeMemo(id: string, over: Partial<Memo> = {}): Memo {
  return {
    id,
    docId: null,
    note: { type: 'doc', content: [] },
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...over,
  }
}

/** A tiptap document holding one paragraph of `text`. */
export function noteDoc(text: string): unknown {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}
