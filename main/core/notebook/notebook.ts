import { randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import type { HighlightColor, HighlightQuery, NoteHit, TagPatch } from '../../../preload/contract'
import { contentHash } from '../corpus/load-document'
import type { ParsedQuery } from '../search/query-parser'
import { anchorSelection, requireDocument } from './anchor-selection'
import { createAnchor } from './anchoring/create-anchor'
import { findOccurrences } from './anchoring/find-occurrences'
import { queryHighlights, warmUpTextFilter } from './highlight-query'
import { isEmptyNote } from './note/note-text'
import type { DocumentSource, HighlightChanges, NewHighlight } from './notebook-inputs'
import { NotebookInputError } from './notebook-errors'
import { DEFAULT_COLOR, withoutFuzzy, type Highlight, type Memo, type NotebookData, type Tag } from './notebook-schema'
import { HighlightIndex } from './highlight-index'
import { NotesSearch } from './notes-search'
import { highlightsDue, reanchorHighlights } from './reanchor-highlights'
import type { NotebookOp } from './store/notebook-ops'
import { NotebookStore } from './store/notebook-store'
import { planCreateTag, planDeleteTag, planEnsureTags, planMergeTags, planUpdateTag, type TagPlan } from './tags/tag-edits'
import { undoCreate, undoDelete, undoMemoCreate, undoMemoDelete, undoNoteDelete, undoPutRecords, undoRestyle } from './record-undo'
import { UndoStack } from './undo-stack'
import { ChangePipeline } from './change-pipeline'

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
  readonly #changes: ChangePipeline
  #closed = false
  /** Re-anchoring runs one at a time: a change noticed while one runs waits for it. */
  #anchoring: Promise<void> = Promise.resolve()

  readonly #index: HighlightIndex

  private constructor(
    private readonly store: NotebookStore,
    private readonly docs: DocumentSource,
  ) {
    this.#notes = new NotesSearch(store)
    this.#changes = new ChangePipeline(store, this.#notes, this.#undo)
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
    return this.#changes.revision
  }

  /** Calls `listener` after every change (made here or by re-anchoring). Returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    return this.#changes.onChange(listener)
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

  /** Starts indexing notes, memos and tags for search, and preparing the pane's word filter, in the background (the app does this at open). */
  warmUpSearch(): void {
    // One after the other: both walk every note on the main thread, in slices.
    void this.#notes
      .warmUp()
      .then(() => warmUpTextFilter(this.highlights, () => this.#closed))
      .catch(() => {})
  }

  /** The label of the change {@link undo} would revert. */
  get undoLabel(): string | null {
    return this.#undo.peek()
  }

  // ---- highlights ----

  /** Creates a highlight over a range of a document's canonical text; resolves once it is on disk. */
  async addHighlight(input: NewHighlight): Promise<Highlight> {
    const { hash, anchor } = await anchorSelection(this.docs, input.docId, input.start, input.end, input.docHash)
    const tags = planEnsureTags(this.store, input.tags ?? [])
    const now = new Date().toISOString()
    const highlight: Highlight = {
      id: randomUUID(),
      docId: input.docId,
      docHash: hash,
      position: anchor.position,
      quote: anchor.quote,
      status: 'exact',
      color: input.color ?? DEFAULT_COLOR,
      tagIds: tags.ids,
      note: isEmptyNote(input.note) ? null : (input.note ?? null),
      createdAt: now,
      updatedAt: now,
    }
    await this.#changes.apply([...tags.ops, { op: 'putHighlight', value: highlight }], undoCreate(this.store, highlight.id, tags.ops))
    return this.store.getHighlight(highlight.id)!
  }

  /** Creates a highlight over the `occurrence`-th (1-based) exact occurrence of `quote` in a document. */
  async addHighlightByQuote(docId: string, quote: string, occurrence = 1, rest: Omit<NewHighlight, 'docId' | 'start' | 'end'> = {}): Promise<Highlight> {
    requireDocument(this.docs, docId)
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
    const before = this.store.changeCount
    try {
      if (tags?.ops.length || undo) await this.#changes.apply([...(tags?.ops ?? []), { op: 'putHighlight', value: next }], undo)
      else await this.#changes.put(() => this.store.putHighlight(next), { highlights: [id] })
    } finally {
      // Once memory holds the note, undoing the creation would take it along; deleting stays possible (and undoable).
      if (changes.note !== undefined && next.note !== null && this.store.changeCount !== before) this.#undo.forget((entry) => entry.creates === id)
    }
    return this.store.getHighlight(id)!
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    const highlight = { ...this.#requireHighlight(id) }
    await this.#changes.put(() => this.store.deleteHighlight(id), { highlights: [id] }, undoDelete(this.store, highlight))
    return highlight
  }

  /** Removes a highlight's note; undo puts it back (onto the highlight as it is then). */
  async deleteNote(id: string): Promise<void> {
    const h = this.#requireHighlight(id)
    if (h.note === null) return
    await this.#changes.put(() => this.store.putHighlight({ ...h, note: null, updatedAt: new Date().toISOString() }), { highlights: [id] }, undoNoteDelete(this.store, id, h.note))
  }

  /** Attaches a highlight (usually an orphan) to a new passage: it becomes `exact` there. */
  async reattach(id: string, docId: string, start: number, end: number, docHash?: string): Promise<Highlight> {
    this.#requireHighlight(id)
    const { hash, anchor } = await anchorSelection(this.docs, docId, start, end, docHash)
    // Read again after the wait: the note may have been edited meanwhile, or the highlight deleted.
    const h = this.#requireHighlight(id)
    const next: Highlight = { ...withoutFuzzy(h), docId, docHash: hash, position: anchor.position, quote: anchor.quote, status: 'exact', updatedAt: new Date().toISOString() }
    await this.#changes.put(() => this.store.putHighlight(next), { highlights: [id] })
    return this.store.getHighlight(id)!
  }

  /**
   * Accepts a fuzzy re-anchor: the found passage becomes the highlight's passage.
   * Refused when the document changed since the passage was proposed (it is looked for again).
   */
  async confirmFuzzy(id: string): Promise<Highlight> {
    const { h, fuzzy, text } = await this.#proposal(id, 'confirm')
    const anchor = createAnchor(text, fuzzy.start, fuzzy.end)
    const next: Highlight = { ...withoutFuzzy(h), docHash: contentHash(text), position: anchor.position, quote: anchor.quote, status: 'exact', updatedAt: new Date().toISOString() }
    await this.#changes.put(() => this.store.putHighlight(next), { highlights: [id] })
    return this.store.getHighlight(id)!
  }

  /**
   * Rejects a fuzzy re-anchor: the highlight becomes an orphan with its original
   * quote, and that passage is not proposed again for this version of the document.
   */
  async rejectFuzzy(id: string): Promise<Highlight> {
    const { h, text } = await this.#proposal(id, 'reject')
    const next: Highlight = { ...withoutFuzzy(h), status: 'orphaned', rejectedHash: contentHash(text), updatedAt: new Date().toISOString() }
    await this.#changes.put(() => this.store.putHighlight(next), { highlights: [id] })
    return this.store.getHighlight(id)!
  }

  /**
   * A highlight's pending proposal with the document's current text, in which it
   * must still read as proposed (else the document changed since: it is looked for again).
   */
  async #proposal(id: string, verb: 'confirm' | 'reject') {
    const first = this.#requireHighlight(id)
    if (first.status !== 'fuzzy' || !first.fuzzy) throw new NotebookInputError(`This highlight has no changed passage to ${verb}.`)
    const text = await this.docs.getText(first.docId)
    const h = this.#requireHighlight(id)
    const fuzzy = h.status === 'fuzzy' ? h.fuzzy : undefined
    if (!fuzzy || text.slice(fuzzy.start, fuzzy.end) !== fuzzy.exact) {
      void this.ensureAnchored(h.docId).catch(() => {})
      throw new NotebookInputError('The document changed since this passage was proposed; it is being looked for again.')
    }
    return { h, fuzzy, text }
  }

  // ---- tags ----

  async createTag(input: { name: string; color?: HighlightColor | null; description?: string }): Promise<Tag> {
    const { tag, ops, undo } = planCreateTag(this.store, input)
    await this.#changes.apply(ops, undo)
    return this.store.getTag(tag.id)!
  }

  /** Renames (with sub-tags), recolours or re-describes a tag. */
  async updateTag(id: string, patch: TagPatch): Promise<Tag> {
    const plan = planUpdateTag(this.store, id, patch)
    await this.#changes.apply(plan.ops, plan.undo)
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
    if (docId !== null) requireDocument(this.docs, docId)
    const now = new Date().toISOString()
    const memo: Memo = { id: randomUUID(), docId, note, createdAt: now, updatedAt: now }
    await this.#changes.put(() => this.store.putMemo(memo), { memos: [memo.id] }, undoMemoCreate(this.store, memo.id))
    return this.store.getMemo(memo.id)!
  }

  async updateMemo(id: string, note: JSONContent): Promise<Memo> {
    const memo = this.store.getMemo(id)
    if (!memo) throw new NotebookInputError(`There is no memo with id "${id}" (it may have been deleted).`)
    await this.#changes.put(() => this.store.putMemo({ ...memo, note, updatedAt: new Date().toISOString() }), { memos: [id] })
    return this.store.getMemo(id)!
  }

  async deleteMemo(id: string): Promise<void> {
    const memo = this.store.getMemo(id)
    if (!memo) throw new NotebookInputError(`There is no memo with id "${id}" (it may have been deleted).`)
    const copy = { ...memo }
    await this.#changes.put(() => this.store.deleteMemo(id), { memos: [id] }, undoMemoDelete(this.store, copy))
  }

  // ---- records made elsewhere (import) ----

  /**
   * Puts complete records (an import: ids, selectors and timestamps as given) as
   * one journal entry, so they are saved all together or not at all. The caller
   * has anchored the highlights and checked the notes; the store checks the shapes.
   * Undo (`label`) removes what was new and puts back what was replaced.
   */
  async putRecords(records: { tags?: Tag[]; highlights?: Highlight[]; memos?: Memo[] }, label: string): Promise<void> {
    const put = {
      tags: (records.tags ?? []).map((value) => ({ value, before: this.store.getTag(value.id) ?? null })),
      highlights: (records.highlights ?? []).map((value) => ({ value, before: this.store.getHighlight(value.id) ?? null })),
      memos: (records.memos ?? []).map((value) => ({ value, before: this.store.getMemo(value.id) ?? null })),
    }
    const ops: NotebookOp[] = [
      ...put.tags.map(({ value }) => ({ op: 'putTag', value }) as const),
      ...put.highlights.map(({ value }) => ({ op: 'putHighlight', value }) as const),
      ...put.memos.map(({ value }) => ({ op: 'putMemo', value }) as const),
    ]
    await this.#changes.apply(ops, undoPutRecords(this.store, put, label))
  }

  // ---- undo, anchoring, closing ----

  /** Reverts the last undoable change; resolves to its label, or null when there was none. */
  async undo(): Promise<string | null> {
    const entry = this.#undo.pop()
    if (!entry) return null
    const before = this.store.changeCount
    try {
      await this.#changes.apply(entry.revert())
    } catch (error) {
      // Refused (the notebook is closing): it can still be undone.
      if (this.store.changeCount === before) this.#undo.push(entry)
      throw error
    }
    return entry.label
  }

  /**
   * Re-anchors the highlights (of one document, or all) whose document changed
   * since they were anchored, or that are fuzzy or orphaned and not yet checked
   * against the document's current text. Cheap when nothing changed.
   */
  ensureAnchored(docId?: string): Promise<void> {
    const run = this.#anchoring.catch(() => {}).then(() => this.#reanchorDue(docId))
    this.#anchoring = run
    return run
  }

  async #reanchorDue(docId: string | undefined): Promise<void> {
    const writes: Promise<void>[] = []
    for (const [id, list] of highlightsDue(this.#candidates(docId), this.docs, this.#checked, docId)) {
      const text = this.docs.documentHash(id) === null ? null : await this.docs.getText(id).catch(() => null)
      // Re-read after the wait, and apply before the next one: a note typed or a highlight
      // deleted meanwhile must not be overwritten by the copy read before.
      const current = list.flatMap((h) => {
        const now = this.store.getHighlight(h.id)
        return now && now.docId === id ? [now] : []
      })
      const updates = reanchorHighlights(current, text, new Date().toISOString())
      if (updates.length) writes.push(this.#changes.apply(updates.map((value) => ({ op: 'putHighlight', value }) as const)))
      // Read after getText: reading may have noticed a newer version of the file.
      const hash = this.docs.documentHash(id)
      if (hash !== null) for (const h of current) this.#checked.set(h.id, hash)
    }
    await Promise.all(writes)
  }

  async close(): Promise<void> {
    this.#closed = true
    this.#changes.clearListeners()
    await this.store.close()
  }

  // ---- internals ----

  #requireHighlight(id: string): Highlight {
    const h = this.store.getHighlight(id)
    if (!h) throw new NotebookInputError(`There is no highlight with id "${id}" (it may have been deleted).`)
    return h
  }

  async #applyPlan(plan: TagPlan): Promise<string> {
    await this.#changes.apply(plan.ops, plan.undo)
    return plan.undo?.label ?? ''
  }
}
