import { randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import { contentHash } from '../corpus/load-document'
import { createAnchor } from './anchoring/create-anchor'
import { reanchorAll } from './anchoring/reanchor'
import type { Highlight, NotebookData, Tag } from './notebook-schema'
import { NotebookStore } from './store/notebook-store'

/** What the notebook needs of the open corpus (the Workspace provides it). */
export interface DocumentSource {
  /** Content hash of the document as it is now, or null when it is gone. */
  documentHash(id: string): string | null
  getText(id: string): Promise<string>
}

export interface NewHighlight {
  docId: string
  start: number
  end: number
  color?: string
  /** Tag names; unknown names create tags ("Akteure/Russland" nests under "Akteure"). */
  tags?: string[]
  note?: JSONContent | null
}

export interface TagSummary {
  id: string
  name: string
  color: string | null
  description: string
  count: number
}

/** A mistake in a request (unknown document, quote not found): the message is for the user. */
export class NotebookInputError extends Error {}

export const DEFAULT_COLOR = 'yellow'

/**
 * The notebook of one corpus: highlights, tags and memos over a durable
 * store, kept attached to their passages. Opening it re-anchors every
 * highlight whose document changed since it was last anchored.
 */
export class Notebook {
  private constructor(
    private readonly store: NotebookStore,
    private readonly docs: DocumentSource,
  ) {}

  /**
   * Opens (or creates) the notebook in `dataDir` and re-anchors highlights of
   * changed or vanished documents. Throws the store's errors for a corrupt or
   * locked notebook; nothing is written then.
   */
  static async open(dataDir: string, docs: DocumentSource, options: { lock?: boolean } = {}): Promise<Notebook> {
    const store = await NotebookStore.open(dataDir, { lock: options.lock ?? true })
    const notebook = new Notebook(store, docs)
    try {
      await notebook.reanchorChanged()
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

  tagName(id: string): string | undefined {
    return this.store.data.tags.find((t) => t.id === id)?.name
  }

  /** Every tag with the number of highlights carrying it. */
  tags(): TagSummary[] {
    const counts = new Map<string, number>()
    for (const h of this.highlights) for (const id of h.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1)
    return [...this.store.data.tags]
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map((t) => ({ id: t.id, name: t.name, color: t.color, description: t.description, count: counts.get(t.id) ?? 0 }))
  }

  /** Creates a highlight over a range of a document's canonical text; resolves once it is on disk. */
  async addHighlight(input: NewHighlight): Promise<Highlight> {
    if (this.docs.documentHash(input.docId) === null) throw new NotebookInputError(`no document "${input.docId}" in this corpus`)
    const text = await this.docs.getText(input.docId)
    let anchor
    try {
      anchor = createAnchor(text, input.start, input.end)
    } catch (error) {
      throw new NotebookInputError(error instanceof Error ? error.message : String(error))
    }
    const tagIds = await this.ensureTags(input.tags ?? [])
    const now = new Date().toISOString()
    const highlight: Highlight = {
      id: randomUUID(),
      docId: input.docId,
      docHash: contentHash(text),
      position: anchor.position,
      quote: anchor.quote,
      status: 'exact',
      color: input.color ?? DEFAULT_COLOR,
      tagIds,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
    }
    await this.store.putHighlight(highlight)
    return highlight
  }

  /** Creates a highlight over the `occurrence`-th (1-based) exact occurrence of `quote` in a document. */
  async addHighlightByQuote(docId: string, quote: string, occurrence = 1, rest: Omit<NewHighlight, 'docId' | 'start' | 'end'> = {}): Promise<Highlight> {
    if (this.docs.documentHash(docId) === null) throw new NotebookInputError(`no document "${docId}" in this corpus`)
    if (!quote.trim()) throw new NotebookInputError('the quote is empty')
    const text = await this.docs.getText(docId)
    let at = -1
    for (let n = 0; n < occurrence; n++) {
      at = text.indexOf(quote, at + 1)
      if (at < 0) {
        throw new NotebookInputError(n === 0 ? `the quote does not occur in ${docId}` : `the quote occurs only ${n} time(s) in ${docId}, not ${occurrence}`)
      }
    }
    return this.addHighlight({ docId, start: at, end: at + quote.length, ...rest })
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    const highlight = this.highlights.find((h) => h.id === id)
    if (!highlight) throw new NotebookInputError(`no highlight "${id}"`)
    await this.store.deleteHighlight(id)
    return highlight
  }

  async close(): Promise<void> {
    await this.store.close()
  }

  /** Tag ids for names, creating the missing tags (matched case-insensitively, trimmed). */
  private async ensureTags(names: string[]): Promise<string[]> {
    const ids: string[] = []
    for (const raw of names) {
      const name = raw.trim().replace(/\s*\/\s*/g, '/')
      if (!name) continue
      let tag = this.store.data.tags.find((t) => t.name.toLowerCase() === name.toLowerCase())
      if (!tag) {
        tag = { id: randomUUID(), name, color: null, description: '' } satisfies Tag
        await this.store.putTag(tag)
      }
      if (!ids.includes(tag.id)) ids.push(tag.id)
    }
    return ids
  }

  /** Re-anchors the highlights whose document changed (or vanished) since they were anchored. */
  private async reanchorChanged(): Promise<void> {
    const byDoc = new Map<string, Highlight[]>()
    for (const h of this.highlights) {
      const hash = this.docs.documentHash(h.docId)
      // Unchanged documents are skipped, except for orphans of a document that came back as it was.
      if (hash === h.docHash && h.status !== 'orphaned') continue
      const list = byDoc.get(h.docId) ?? []
      list.push(h)
      byDoc.set(h.docId, list)
    }
    const updates: Highlight[] = []
    const now = new Date().toISOString()
    for (const [docId, list] of byDoc) {
      const hash = this.docs.documentHash(docId)
      const text = hash === null ? null : await this.docs.getText(docId).catch(() => null)
      if (text === null) {
        // The source vanished: the highlight is kept, as an orphan with its quote.
        for (const h of list) if (h.status !== 'orphaned') updates.push({ ...h, status: 'orphaned', updatedAt: now })
        continue
      }
      const results = reanchorAll(text, list.map((h) => ({ position: h.position, quote: h.quote })))
      list.forEach((h, i) => {
        const r = results[i]!
        if (r.status === 'orphaned' || !r.position) {
          // Keep the old selectors: they are what a later version of the file may match again.
          if (h.status !== 'orphaned') updates.push({ ...h, status: 'orphaned', updatedAt: now })
          return
        }
        updates.push({ ...h, status: r.status, position: r.position, quote: r.quote, docHash: contentHash(text), updatedAt: now })
      })
    }
    if (updates.length) await this.store.apply(updates.map((value) => ({ op: 'putHighlight', value }) as const))
  }
}
