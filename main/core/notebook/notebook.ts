import { randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import type { HighlightColor, HighlightQuery, NoteHit, TagPatch } from '../../../preload/contract'
import { contentHash } from '../corpus/load-document'
import type { ParsedQuery } from '../search/query-parser'
import { createAnchor } from './anchoring/create-anchor'
import { findOccurrences } from './anchoring/find-occurrences'
import { queryHighlights } from './highlight-query'
import { isEmptyNote } from './note/note-text'
import type { DocumentSource, HighlightChanges, NewHighlight } from './notebook-inputs'
import { NotebookInputError } from './notebook-errors'
import { DEFAULT_COLOR, type Highlight, type Memo, type NotebookData, type Tag } from './notebook-schema'
import { HighlightIndex } from './highlight-index'
import { NotesSearch } from './notes-search'
import { highlightsDue, reanchorHighlights } from './reanchor-highlights'
import type { NotebookOp } from './store/notebook-ops'
import { NotebookStore } from './store/notebook-store'
import { planCreateTag, planDeleteTag, planEnsureTags, planMergeTags, planUpdateTag, type TagPlan } from './tags/tag-edits'
import { undoCreate, undoDelete, undoMemoCreate, undoMemoDelete, undoNoteDelete, undoRestyle } from './record-undo'
import { UndoStack, type UndoEntry } from './undo-stack'

export { NotebookInputError } from './notebook-errors'
export type { DocumentSource, HighlightChanges, NewHighlight } from './notebook-inputs'

/**
 * The notebook of one corpus: highlights, tags and memos over a durable
 * store, kept attached to their passages. Opening it re-anchors every
 * highlight whose document changed since it was last anchored; so does
 * {@link ensureAnchored} when a document changes while the notebook is open.
 * Every change resolves once it is on disk.
 */
export class Notebook {
  readonly #undo = new UndoStack()
  readonly #notes: NotesSearch
  /** Highlight id → document hash it was last re-anchored against (so unchanged orphans are not re-searched on every look). */
  readonly #checked = new Map<string, string>()
  readonly #listeners = new Set<() => void>()
  #revision = 0

  readonly #index: HighlightIndex

  private constructor(
    private readonly store: NotebookStore,
    private readonly docs: DocumentSource,
  ) {
    this.#notes = new NotesSearch(store)
    this.#index = new HighlightIndex(store.data.highlights)
    store.onRecordChange((collection, before, after) => {
      if (collection === 'highlights') this.#index.update(before as Highlight | null, after as Highlight | null)
    })
  }

  /**
   * Opens (or creates) the notebook in `dataDir` and re-anchors highlights of
   * changed or vanished documents. Throws the store's errors for a corrupt or
   * locked notebook; nothing is written then.
   */
  static async open(dataDir: string, docs: DocumentSource, options: { lock?: boolean } = {}): Promise<Notebook> {
    const store = await NotebookStore.open(dataDir, { lock: options.lock ?? true })
    const notebook = new Notebook(store, docs)
    try {
      await notebook.ensureAnchored()
    } catch (error) {
      await store.close()
      throw error
    }
    return notebook
  }

  get file(): string {
    return this.store.file
  }

  get data(): Readonly<NotebookData> {
    return this.store.data
  }

  get highlights(): readonly Highlight[] {
    return this.store.data.highlights
  }

  /** Increases with every change; the UI uses it to know when to refresh. */
  get revision(): number {
    return this.#revision
  }

  /** Calls `listener` after every change (made here or by re-anchoring). Returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getHighlight(id: string): Readonly<Highlight> | undefined {
    return this.store.getHighlight(id)
  }

  tagName(id: string): string | undefined {
    return this.store.getTag(id)?.name
  }

  /** Highlights matching a filter, sorted (see {@link queryHighlights}). */
  query(query: HighlightQuery): Highlight[] {
    return queryHighlights(this.#candidates(query.docId), this.store.data.tags, query)
  }

  /** How many highlights have this anchoring status (all of them: no status). */
  countByStatus(status?: Highlight['status']): number {
    return this.#index.count(status)
  }

  /** One document's highlights (from the index), or all. */
  #candidates(docId: string | undefined): readonly Highlight[] {
    if (docId === undefined) return this.highlights
    return [...this.#index.idsOf(docId)].map((id) => this.store.getHighlight(id)!)
  }

  /** Hits in notes, memos and tag names. */
  searchNotes(query: ParsedQuery, docTitle: (id: string) => string | null, limit?: number): Promise<NoteHit[]> {
    return this.#notes.search(query, docTitle, limit)
  }

  /** Starts indexing notes, memos and tags for search in the background (the app does this at open). */
  warmUpSearch(): void {
    this.#notes.warmUp()
  }

  /** The label of the change {@link undo} would revert. */
  get undoLabel(): string | null {
    return this.#undo.peek()
  }

  // ---- highlights ----

  /** Creates a highlight over a range of a document's canonical text; resolves once it is on disk. */
  async addHighlight(input: NewHighlight): Promise<Highlight> {
    const { text, anchor } = await this.#anchorAt(input.docId, input.start, input.end)
    const tags = planEnsureTags(this.store, input.tags ?? [])
    const now = new Date().toISOString()
    const highlight: Highlight = {
      id: randomUUID(),
      docId: input.docId,
      docHash: contentHash(text),
      position: anchor.position,
      quote: anchor.quote,
      status: 'exact',
      color: input.color ?? DEFAULT_COLOR,
      tagIds: tags.ids,
      note: isEmptyNote(input.note) ? null : (input.note ?? null),
      createdAt: now,
      updatedAt: now,
    }
    await this.#apply([...tags.ops, { op: 'putHighlight', value: highlight }], undoCreate(this.store, highlight.id, tags.ops))
    return this.store.getHighlight(highlight.id)!
  }

  /** Creates a highlight over the `occurrence`-th (1-based) exact occurrence of `quote` in a document. */
  async addHighlightByQuote(docId: string, quote: string, occurrence = 1, rest: Omit<NewHighlight, 'docId' | 'start' | 'end'> = {}): Promise<Highlight> {
    this.#requireDocument(docId)
    if (!quote.trim()) throw new NotebookInputError('the quote is empty')
    const found = findOccurrences(await this.docs.getText(docId), quote)
    const at = found[occurrence - 1]
    if (at === undefined) {
      throw new NotebookInputError(found.length === 0 ? `the quote does not occur in ${docId}` : `the quote occurs only ${found.length} time(s) in ${docId}, not ${occurrence}`)
    }
    return this.addHighlight({ docId, start: at, end: at + quote.length, ...rest })
  }

  /** Changes colour, tags or note. Rapid note edits of one highlight are coalesced into one write. */
  async updateHighlight(id: string, changes: HighlightChanges): Promise<Highlight> {
    const h = this.#requireHighlight(id)
    const tags = changes.tags === undefined ? null : planEnsureTags(this.store, changes.tags)
    const next: Highlight = {
      ...h,
      ...(changes.color !== undefined ? { color: changes.color } : {}),
      ...(tags ? { tagIds: tags.ids } : {}),
      ...(changes.note !== undefined ? { note: isEmptyNote(changes.note) ? null : changes.note } : {}),
      updatedAt: new Date().toISOString(),
    }
    const changed = { color: changes.color !== undefined && changes.color !== h.color, tags: tags !== null && tags.ids.join() !== h.tagIds.join() }
    const undo = changed.color || changed.tags ? undoRestyle(this.store, h, changed, tags?.ops ?? []) : undefined
    if (tags?.ops.length || undo) await this.#apply([...(tags?.ops ?? []), { op: 'putHighlight', value: next }], undo)
    else await this.#put(this.store.putHighlight(next), [id])
    return this.store.getHighlight(id)!
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    const highlight = { ...this.#requireHighlight(id) }
    await this.#put(this.store.deleteHighlight(id), [id], [], undoDelete(this.store, highlight))
    return highlight
  }

  /** Removes a highlight's note; undo puts it back (onto the highlight as it is then). */
  async deleteNote(id: string): Promise<void> {
    const h = this.#requireHighlight(id)
    if (h.note === null) return
    await this.#put(this.store.putHighlight({ ...h, note: null, updatedAt: new Date().toISOString() }), [id], [], undoNoteDelete(this.store, id, h.note))
  }

  /** Attaches a highlight (usually an orphan) to a new passage: it becomes `exact` there. */
  async reattach(id: string, docId: string, start: number, end: number): Promise<Highlight> {
    const h = this.#requireHighlight(id)
    const { text, anchor } = await this.#anchorAt(docId, start, end)
    const { fuzzy: _dropped, ...rest } = h
    const next: Highlight = { ...rest, docId, docHash: contentHash(text), position: anchor.position, quote: anchor.quote, status: 'exact', updatedAt: new Date().toISOString() }
    await this.#put(this.store.putHighlight(next), [id])
    return this.store.getHighlight(id)!
  }

  /** Accepts a fuzzy re-anchor: the found passage becomes the highlight's passage. */
  async confirmFuzzy(id: string): Promise<Highlight> {
    const h = this.#requireHighlight(id)
    if (h.status !== 'fuzzy' || !h.fuzzy) throw new NotebookInputError('This highlight has no changed passage to confirm.')
    return this.reattach(id, h.docId, h.fuzzy.start, h.fuzzy.end)
  }

  /** Rejects a fuzzy re-anchor: the highlight becomes an orphan with its original quote. */
  async rejectFuzzy(id: string): Promise<Highlight> {
    const h = this.#requireHighlight(id)
    if (h.status !== 'fuzzy') throw new NotebookInputError('This highlight has no changed passage to reject.')
    const { fuzzy: _dropped, ...rest } = h
    // Remembered as checked against this text, so the next look does not propose the same passage again.
    const hash = this.docs.documentHash(h.docId)
    if (hash) this.#checked.set(id, hash)
    await this.#put(this.store.putHighlight({ ...rest, status: 'orphaned', updatedAt: new Date().toISOString() }), [id])
    return this.store.getHighlight(id)!
  }

  // ---- tags ----

  async createTag(input: { name: string; color?: HighlightColor | null; description?: string }): Promise<Tag> {
    const { tag, ops, undo } = planCreateTag(this.store, input)
    await this.#apply(ops, undo)
    return this.store.getTag(tag.id)!
  }

  /** Renames (with sub-tags), recolours or re-describes a tag. */
  async updateTag(id: string, patch: TagPatch): Promise<Tag> {
    const plan = planUpdateTag(this.store, id, patch)
    await this.#apply(plan.ops, plan.undo)
    return this.store.getTag(id)!
  }

  async mergeTags(sourceId: string, targetId: string): Promise<string> {
    return this.#applyPlan(planMergeTags(this.store, sourceId, targetId, new Date().toISOString()))
  }

  async deleteTag(id: string): Promise<string> {
    return this.#applyPlan(planDeleteTag(this.store, id, new Date().toISOString()))
  }

  // ---- memos ----

  get memos(): readonly Memo[] {
    return this.store.data.memos
  }

  async createMemo(docId: string | null, note: JSONContent): Promise<Memo> {
    if (docId !== null) this.#requireDocument(docId)
    const now = new Date().toISOString()
    const memo: Memo = { id: randomUUID(), docId, note, createdAt: now, updatedAt: now }
    await this.#put(this.store.putMemo(memo), [], [memo.id], undoMemoCreate(this.store, memo.id))
    return this.store.getMemo(memo.id)!
  }

  async updateMemo(id: string, note: JSONContent): Promise<Memo> {
    const memo = this.store.getMemo(id)
    if (!memo) throw new NotebookInputError(`There is no memo with id "${id}" (it may have been deleted).`)
    await this.#put(this.store.putMemo({ ...memo, note, updatedAt: new Date().toISOString() }), [], [id])
    return this.store.getMemo(id)!
  }

  async deleteMemo(id: string): Promise<void> {
    const memo = this.store.getMemo(id)
    if (!memo) throw new NotebookInputError(`There is no memo with id "${id}" (it may have been deleted).`)
    const copy = { ...memo }
    await this.#put(this.store.deleteMemo(id), [], [id], undoMemoDelete(this.store, copy))
  }

  // ---- records made elsewhere (import) ----

  /**
   * Puts complete records (an import: ids, selectors and timestamps as given) as
   * one journal entry, so they are saved all together or not at all. The caller
   * has anchored the highlights and checked the notes; the store checks the shapes.
   * Undo (`label`) removes what was new and puts back what was replaced.
   */
  async putRecords(records: { tags?: Tag[]; highlights?: Highlight[]; memos?: Memo[] }, label: string): Promise<void> {
    const tags = records.tags ?? []
    const highlights = records.highlights ?? []
    const memos = records.memos ?? []
    const before = {
      tags: tags.map((t) => this.store.getTag(t.id)),
      highlights: highlights.map((h) => this.store.getHighlight(h.id)),
      memos: memos.map((m) => this.store.getMemo(m.id)),
    }
    const ops: NotebookOp[] = [
      ...tags.map((value) => ({ op: 'putTag', value }) as const),
      ...highlights.map((value) => ({ op: 'putHighlight', value }) as const),
      ...memos.map((value) => ({ op: 'putMemo', value }) as const),
    ]
    await this.#apply(ops, {
      label,
      revert: () => {
        const removed = new Set(highlights.filter((_, i) => !before.highlights[i]).map((h) => h.id))
        // A new tag that another highlight has taken up since stays.
        const inUse = new Set(this.highlights.filter((h) => !removed.has(h.id)).flatMap((h) => h.tagIds))
        return [
          ...highlights.map((h, i): NotebookOp => (before.highlights[i] ? { op: 'putHighlight', value: before.highlights[i] } : { op: 'deleteHighlight', id: h.id })),
          ...memos.map((m, i): NotebookOp => (before.memos[i] ? { op: 'putMemo', value: before.memos[i] } : { op: 'deleteMemo', id: m.id })),
          ...tags.flatMap((t, i): NotebookOp[] => (before.tags[i] ? [{ op: 'putTag', value: before.tags[i] }] : inUse.has(t.id) ? [] : [{ op: 'deleteTag', id: t.id }])),
        ]
      },
    })
  }

  // ---- undo, anchoring, closing ----

  /** Reverts the last undoable change; resolves to its label, or null when there was none. */
  async undo(): Promise<string | null> {
    const entry = this.#undo.pop()
    if (!entry) return null
    await this.#apply(entry.revert())
    return entry.label
  }

  /**
   * Re-anchors the highlights (of one document, or all) whose document changed
   * since they were anchored, or that are fuzzy or orphaned and not yet checked
   * against the document's current text. Cheap when nothing changed.
   */
  async ensureAnchored(docId?: string): Promise<void> {
    const updates: Highlight[] = []
    const now = new Date().toISOString()
    for (const [id, list] of highlightsDue(this.#candidates(docId), this.docs, this.#checked, docId)) {
      const text = this.docs.documentHash(id) === null ? null : await this.docs.getText(id).catch(() => null)
      updates.push(...reanchorHighlights(list, text, now))
      // Read after getText: reading may have noticed a newer version of the file.
      const hash = this.docs.documentHash(id)
      if (hash !== null) for (const h of list) this.#checked.set(h.id, hash)
    }
    if (updates.length) await this.#apply(updates.map((value) => ({ op: 'putHighlight', value }) as const))
  }

  async close(): Promise<void> {
    this.#listeners.clear()
    await this.store.close()
  }

  // ---- internals ----

  /** Anchors a selection, without the white space at its ends (a triple-click takes the line break along). */
  async #anchorAt(docId: string, start: number, end: number) {
    this.#requireDocument(docId)
    const text = await this.docs.getText(docId)
    try {
      while (start < end && /\s/.test(text[start] ?? '')) start++
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--
      return { text, anchor: createAnchor(text, start, end) }
    } catch (error) {
      throw new NotebookInputError(error instanceof Error ? error.message : String(error))
    }
  }

  #requireDocument(docId: string): void {
    if (this.docs.documentHash(docId) === null) throw new NotebookInputError(`no document "${docId}" in this corpus`)
  }

  #requireHighlight(id: string): Highlight {
    const h = this.store.getHighlight(id)
    if (!h) throw new NotebookInputError(`There is no highlight with id "${id}" (it may have been deleted).`)
    return h
  }

  async #applyPlan(plan: TagPlan): Promise<string> {
    await this.#apply(plan.ops, plan.undo)
    return plan.undo?.label ?? ''
  }

  /** Applies ops as one journal entry and tells the notes search and the listeners. */
  async #apply(ops: NotebookOp[], undo?: UndoEntry): Promise<void> {
    if (!ops.length) return
    const written = this.store.apply(ops)
    const highlights = ops.flatMap((op) => (op.op === 'putHighlight' ? [op.value.id] : op.op === 'deleteHighlight' ? [op.id] : []))
    const memos = ops.flatMap((op) => (op.op === 'putMemo' ? [op.value.id] : op.op === 'deleteMemo' ? [op.id] : []))
    // A tag rename changes what every carrier of the tag is found by.
    if (ops.some((op) => op.op === 'putTag' || op.op === 'deleteTag')) this.#notes.reset()
    await this.#put(written, highlights, memos, undo)
  }

  /**
   * Records a change the store is writing, then waits for the write. Memory already
   * holds the change, so it is undoable and listeners are told even if the write fails
   * (the caller reports the failure).
   */
  async #put(written: Promise<void>, highlights: string[], memos: string[] = [], undo?: UndoEntry): Promise<void> {
    for (const id of highlights) this.#notes.highlightChanged(id)
    for (const id of memos) this.#notes.memoChanged(id)
    if (undo) this.#undo.push(undo)
    this.#revision++
    try {
      await written
    } finally {
      for (const listener of this.#listeners) listener()
    }
  }
}

