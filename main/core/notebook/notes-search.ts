import type { JSONContent } from '@tiptap/core'
import type { NoteHit, TextRange } from '../../../preload/contract'
import type { ParsedQuery } from '../search/query-parser'
import { SearchIndex } from '../search/search-index'
import { currentRange } from './highlight-query'
import { noteText } from './note/note-text'
import type { Highlight, Memo, NotebookData, Tag } from './notebook-schema'

/** What the notes search reads of the notebook. */
export interface NotesSource {
  readonly data: Readonly<NotebookData>
  getHighlight(id: string): Readonly<Highlight> | undefined
  getMemo(id: string): Readonly<Memo> | undefined
  getTag(id: string): Readonly<Tag> | undefined
}

const HIGHLIGHT = 'h:'
const MEMO = 'm:'
const SHOWN = 160
/** Notes indexed between two yields to the event loop (about 10 ms of work). */
const SLICE = 200

/**
 * Full-text search over the notebook's own words — notes, memos and tag names —
 * with the same German analysis as the corpus search. Source quotes are left
 * out on purpose: they are corpus text, which the corpus search already finds.
 * The index is built in the background (warmUp) or at the first search, then kept
 * up to date per change.
 */
export class NotesSearch {
  #building: Promise<SearchIndex> | null = null
  /** Changed since (or while) the index was built; applied before the next search. */
  readonly #dirty = new Set<string>()

  constructor(private readonly source: NotesSource) {}

  /** Marks a highlight as changed (added, edited or deleted). */
  highlightChanged(id: string): void {
    if (this.#building) this.#dirty.add(HIGHLIGHT + id)
  }

  memoChanged(id: string): void {
    if (this.#building) this.#dirty.add(MEMO + id)
  }

  /**
   * Tags were renamed, created or deleted: the highlights carrying them are found by
   * other words now. Only those are re-indexed (at the next search), not the whole notebook.
   */
  tagsChanged(tagIds: readonly string[]): void {
    if (!this.#building || !tagIds.length) return
    const changed = new Set(tagIds)
    for (const h of this.source.data.highlights) if (h.tagIds.some((id) => changed.has(id))) this.#dirty.add(HIGHLIGHT + h.id)
  }


  /**
   * Starts building the index in the background, in slices that leave the main
   * thread free between them (100,000 notes take seconds to index), so the first
   * search finds it ready.
   */
  warmUp(): Promise<unknown> {
    this.#building ??= this.#build()
    return this.#building
  }

  /** Hits in notes, memos and tags, best first, each with the matching text and its marked words. */
  async search(query: ParsedQuery, docTitle: (id: string) => string | null, limit = 20): Promise<NoteHit[]> {
    const index = await this.#current()
    const result = await index.search(query, async (key) => this.#entry(key)?.text ?? '', { limit })
    const hits: NoteHit[] = []
    for (const item of result.results) {
      const entry = this.#entry(item.id)
      if (!entry) continue
      const snippet = item.snippets[0]
      let field: NoteHit['field'] = 'note'
      let text: string
      let marks: TextRange[]
      if (snippet && snippet.marks.length) {
        text = snippet.text
        marks = snippet.marks.map((m) => ({ start: m.start - snippet.start, end: m.end - snippet.start }))
      } else {
        field = 'tag'
        text = entry.title
        marks = index.matchRanges(item.id, entry.title, query)
        if (!marks.length) ({ text, marks } = { text: shorten(entry.text), marks: [] })
      }
      const h = entry.kind === 'highlight' ? this.source.getHighlight(entry.id) : undefined
      hits.push({
        kind: entry.kind,
        id: entry.id,
        range: h ? currentRange(h) : null,
        docId: entry.docId,
        docTitle: entry.docId === null ? null : (docTitle(entry.docId) ?? entry.docId),
        field,
        text,
        marks,
      })
    }
    return hits
  }

  async #current(): Promise<SearchIndex> {
    this.#building ??= this.#build()
    const index = await this.#building!
    for (const key of this.#dirty) {
      if (index.has(key)) index.remove(key)
      const entry = this.#entry(key)
      if (entry && (entry.text || entry.title)) index.add({ id: key, title: entry.title, text: entry.text })
    }
    this.#dirty.clear()
    return index
  }

  async #build(): Promise<SearchIndex> {
    const index = SearchIndex.create()
    const keys = [...this.source.data.highlights.map((h) => HIGHLIGHT + h.id), ...this.source.data.memos.map((m) => MEMO + m.id)]
    for (let i = 0; i < keys.length; i++) {
      // A record changed during the build is (re-)added from the dirty set instead.
      const key = keys[i]!
      const entry = this.#dirty.has(key) ? null : this.#entry(key)
      if (entry && (entry.text || entry.title)) index.add({ id: key, title: entry.title, text: entry.text })
      if (i % SLICE === SLICE - 1) await new Promise((resolve) => setImmediate(resolve))
    }
    return index
  }

  #entry(key: string): Entry | null {
    if (key.startsWith(HIGHLIGHT)) {
      const h = this.source.getHighlight(key.slice(HIGHLIGHT.length))
      if (!h) return null
      const title = h.tagIds.map((id) => this.source.getTag(id)?.name ?? '').filter(Boolean).join(' · ')
      return { key, kind: 'highlight', id: h.id, docId: h.docId, title, text: noteText(h.note as JSONContent | null) }
    }
    const m = this.source.getMemo(key.slice(MEMO.length))
    if (!m) return null
    return { key, kind: 'memo', id: m.id, docId: m.docId, title: '', text: noteText(m.note as JSONContent) }
  }
}

interface Entry {
  key: string
  kind: NoteHit['kind']
  id: string
  docId: string | null
  title: string
  text: string
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN)}…` : flat
}
