import type { JSONContent } from '@tiptap/core'
import type { HighlightQuery } from '../../../preload/contract'
import { paragraphIndexAt, paragraphRanges, type ParagraphRange } from '../corpus/paragraphs'
import { currentRange } from '../notebook/highlight-query'
import { isEmptyNote } from '../notebook/note/note-text'
import type { Notebook } from '../notebook/notebook'
import { NotebookInputError } from '../notebook/notebook-errors'
import type { Highlight, Memo, Tag } from '../notebook/notebook-schema'
import { isSameOrBelow } from '../notebook/tags/tag-names'
import type { CitedPlace } from './citation'
import type { ExportCorpus, ExportCounts, ExportOptions } from './export-options'
import { noteToExportMarkdown } from './note-export'
import { quoteParagraphs, renderQuote, type QuoteBlock } from './quote-block'

/** What the export reads of the notebook. */
export type ExportNotebook = Pick<Notebook, 'highlights' | 'memos' | 'data' | 'query'>

export interface ExportDocument {
  id: string
  /** The document's title; its id when it is no longer in the corpus. */
  title: string
  date: string | null
  /** Whether the corpus still has it (and it could be read). */
  present: boolean
}

/** One highlight, ready to write. */
export interface ExportItem {
  highlight: Highlight
  doc: ExportDocument
  /** Its tags, in the highlight's order. */
  tags: Tag[]
  place: CitedPlace
  quote: QuoteBlock
  /** The note as Markdown ({@link noteToExportMarkdown}); '' without a note, when notes are left out, and for CSV. */
  note: string
}

export interface ExportGroup {
  /** Document title or tag name; null for the untagged group. */
  title: string | null
  items: ExportItem[]
}

export interface ExportMemo {
  memo: Memo
  /** The memo's document; null for a memo on the whole notebook. */
  doc: ExportDocument | null
  note: string
}

export interface CodebookEntry {
  tag: Tag
  /** Exported highlights carrying the tag. */
  count: number
}

/** The filter as the front matter shows it: tag names rather than ids. */
export interface FilterSummary {
  tags: string[]
  tagMode: 'all' | 'any'
  document: string | null
  text: string | null
}

/** Everything an export holds, in the order it is written; the Markdown, vault and CSV writers render it. */
export interface ExportModel {
  title: string
  corpus: string
  options: ExportOptions
  filter: FilterSummary | null
  /** Every exported highlight once, by document and position. */
  items: ExportItem[]
  groups: ExportGroup[]
  memos: ExportMemo[]
  codebook: CodebookEntry[]
  counts: ExportCounts
}

interface DocText {
  doc: ExportDocument
  text: string | null
  paragraphs: ParagraphRange[] | null
}

/**
 * Gathers what an export holds: the highlights in scope (by document and
 * position), each with its document's metadata, where it sits now (paragraph
 * numbers counted as the reader shows them), its quote as a blockquote and its
 * note as Markdown; the memos; and the codebook (every tag for a whole-notebook
 * export, else the tags the exported highlights carry).
 *
 * @throws NotebookInputError for a document scope without a known document.
 */
export async function collectExport(corpus: ExportCorpus, notebook: ExportNotebook, options: ExportOptions): Promise<ExportModel> {
  const tags = notebook.data.tags
  const tagById = new Map(tags.map((t) => [t.id, t]))
  const selected = selectHighlights(notebook, options).filter((h) => options.includeOrphans || h.status !== 'orphaned')
  const summaries = new Map(corpus.documents.map((d) => [d.id, d]))

  const texts = new Map<string, DocText>()
  const docText = async (id: string): Promise<DocText> => {
    let entry = texts.get(id)
    if (!entry) {
      const summary = summaries.get(id)
      let text: string | null = null
      if (summary && corpus.documentHash(id) !== null) text = await corpus.getText(id).catch(() => null)
      const doc: ExportDocument = { id, title: summary?.title || id, date: summary?.date ?? null, present: text !== null }
      entry = { doc, text, paragraphs: text === null ? null : paragraphRanges(text) }
      texts.set(id, entry)
    }
    return entry
  }

  // The CSV needs neither blockquotes nor Markdown notes: skip the costly part.
  const markdown = options.format !== 'csv'
  const items: ExportItem[] = []
  for (const h of selected) {
    const { doc, text, paragraphs } = await docText(h.docId)
    const quoteHere = text !== null && text.slice(h.position.start, h.position.end) === h.quote.exact
    const pieces = quoteHere ? quoteParagraphs(h.quote.exact, h.position.start, paragraphs) : quoteParagraphs(h.quote.exact, null, null)
    items.push({
      highlight: h,
      doc,
      tags: h.tagIds.flatMap((id) => tagById.get(id) ?? []),
      place: placeOf(h, doc, paragraphs),
      quote: markdown ? renderQuote(h.quote.exact, pieces) : { markdown: '', singleBreaks: false, lossy: false },
      note: options.includeNotes && markdown ? noteToExportMarkdown(h.note as JSONContent | null) : '',
    })
  }

  const memos: ExportMemo[] = []
  for (const memo of selectMemos(notebook.memos, options, new Set(items.map((i) => i.doc.id)))) {
    memos.push({ memo, doc: memo.docId === null ? null : (await docText(memo.docId)).doc, note: noteToExportMarkdown(memo.note as JSONContent) })
  }

  const codebook = codebookOf(tags, items, options.scope === 'all')
  const first = items[0]?.doc ?? (options.docId ? (await docText(options.docId)).doc : null)
  return {
    title: options.scope === 'document' && first ? first.title : `Exzerpt: ${corpus.name}`,
    corpus: corpus.name,
    options,
    filter: options.scope === 'filter' ? summarizeFilter(options.filter ?? {}, tagById) : null,
    items,
    groups: options.groupBy === 'tag' ? groupByTag(items, codebook) : groupByDocument(items),
    memos,
    codebook,
    counts: {
      highlights: items.length,
      documents: new Set(items.map((i) => i.doc.id)).size,
      notes: options.includeNotes ? countNotes(items) : 0,
      memos: memos.length,
      tags: codebook.length,
      orphaned: items.filter((i) => i.highlight.status === 'orphaned').length,
    },
  }
}

/**
 * The part of an export about one document (a vault note): its highlights,
 * grouped as the whole export is, its memos, and the tags they carry.
 */
export function documentModel(model: ExportModel, docId: string): ExportModel {
  const items = model.items.filter((i) => i.doc.id === docId)
  const memos = model.memos.filter((m) => m.doc?.id === docId)
  const doc = items[0]?.doc ?? memos[0]?.doc
  const used = new Set(items.flatMap((i) => i.tags.map((t) => t.id)))
  const codebook = model.codebook.filter((e) => used.has(e.tag.id)).map(({ tag }) => ({ tag, count: items.filter((i) => i.tags.includes(tag)).length }))
  return {
    ...model,
    title: doc?.title ?? docId,
    items,
    groups: model.options.groupBy === 'tag' ? groupByTag(items, codebook) : groupByDocument(items),
    memos,
    codebook,
    counts: {
      highlights: items.length,
      documents: items.length ? 1 : 0,
      notes: model.options.includeNotes ? countNotes(items) : 0,
      memos: memos.length,
      tags: codebook.length,
      orphaned: items.filter((i) => i.highlight.status === 'orphaned').length,
    },
  }
}

function countNotes(items: ExportItem[]): number {
  return items.filter((i) => !isEmptyNote(i.highlight.note as JSONContent | null)).length
}

function selectHighlights(notebook: ExportNotebook, options: ExportOptions): Highlight[] {
  switch (options.scope) {
    case 'all':
      return notebook.query({ sort: 'position' })
    case 'document':
      if (!options.docId) throw new NotebookInputError('A document export needs a document.')
      return notebook.query({ docId: options.docId, sort: 'position' })
    case 'filter': {
      const { status: _status, sort: _sort, ...filter } = options.filter ?? {}
      return notebook.query({ ...filter, sort: 'position' })
    }
  }
}

/**
 * Memos in scope: all of them for the whole notebook; a document's for a
 * document export; for a filter, those of the documents that have exported
 * highlights (a memo has no tags to filter by). Notebook-wide memos first.
 */
function selectMemos(memos: readonly Memo[], options: ExportOptions, docs: Set<string>): Memo[] {
  if (!options.includeMemos) return []
  const wanted = memos.filter((m) => {
    if (options.scope === 'all') return true
    if (m.docId === null) return false
    return options.scope === 'document' ? m.docId === options.docId : docs.has(m.docId) || m.docId === options.filter?.docId
  })
  return wanted.sort(
    (a, b) => Number(a.docId !== null) - Number(b.docId !== null) || (a.docId ?? '').localeCompare(b.docId ?? '') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
}

function placeOf(h: Highlight, doc: ExportDocument, paragraphs: ParagraphRange[] | null): CitedPlace {
  if (!doc.present) return { kind: 'document-gone' }
  const range = currentRange(h)
  if (!range) return { kind: 'not-found' }
  const first = paragraphs ? paragraphIndexAt(paragraphs, range.start) : -1
  const last = paragraphs ? paragraphIndexAt(paragraphs, Math.max(range.start, range.end - 1)) : -1
  return {
    kind: 'passage',
    paragraphs: first >= 0 && last >= 0 ? [first + 1, last + 1] : null,
    start: range.start,
    end: range.end,
    changed: h.status === 'fuzzy',
  }
}

function byName(a: Tag, b: Tag): number {
  return a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id)
}

function codebookOf(tags: readonly Tag[], items: ExportItem[], everyTag: boolean): CodebookEntry[] {
  const counts = new Map<string, number>()
  for (const item of items) for (const t of item.tags) counts.set(t.id, (counts.get(t.id) ?? 0) + 1)
  // A bare level of the tree (no highlights, colour or description of its own, only sub-tags)
  // is left out: it says nothing, and an import re-creates it as the parent of its sub-tags.
  const bareLevel = (t: Tag) => !counts.has(t.id) && t.color === null && !t.description && tags.some((o) => isSameOrBelow(o.name, t.name) && o.id !== t.id)
  return [...tags]
    .filter((t) => (everyTag && !bareLevel(t)) || counts.has(t.id))
    .sort(byName)
    .map((tag) => ({ tag, count: counts.get(tag.id) ?? 0 }))
}

function groupByDocument(items: ExportItem[]): ExportGroup[] {
  const groups: ExportGroup[] = []
  for (const item of items) {
    const last = groups.at(-1)
    if (last && last.items[0]!.doc.id === item.doc.id) last.items.push(item)
    else groups.push({ title: item.doc.title, items: [item] })
  }
  return groups
}

/** A group per tag (by name), holding every exported highlight that carries it; then the untagged ones. */
function groupByTag(items: ExportItem[], codebook: CodebookEntry[]): ExportGroup[] {
  // One pass over the items (not one per tag: a notebook may have thousands of tags).
  const byTag = new Map<string, ExportItem[]>()
  for (const item of items) {
    for (const t of item.tags) {
      const list = byTag.get(t.id) ?? []
      if (list.at(-1) !== item) list.push(item)
      byTag.set(t.id, list)
    }
  }
  const groups: ExportGroup[] = []
  for (const { tag } of codebook) {
    const carrying = byTag.get(tag.id)
    if (carrying?.length) groups.push({ title: tag.name, items: carrying })
  }
  const untagged = items.filter((i) => i.tags.length === 0)
  if (untagged.length) groups.push({ title: null, items: untagged })
  return groups
}

function summarizeFilter(filter: HighlightQuery, tagById: Map<string, Tag>): FilterSummary {
  return {
    tags: (filter.tagIds ?? []).map((id) => tagById.get(id)?.name ?? id),
    tagMode: filter.tagMode ?? 'all',
    document: filter.docId ?? null,
    text: filter.text?.trim() || null,
  }
}
