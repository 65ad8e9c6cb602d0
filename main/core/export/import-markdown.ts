import { randomUUID } from 'node:crypto'
import type { JSONContent } from '@tiptap/core'
import type { Notebook } from '../notebook/notebook'
import { NotebookInputError } from '../notebook/notebook-errors'
import { isPaletteColor, paletteColor, type Highlight, type Memo, type Tag } from '../notebook/notebook-schema'
import { isEmptyNote } from '../notebook/note/note-text'
import { validateNote } from '../notebook/note/validate-note'
import { reanchorHighlights } from '../notebook/reanchor-highlights'
import { isRecordId } from '../notebook/record-id'
import { tagKey } from '../notebook/tags/tag-names'
import { validTagName } from '../notebook/tags/tag-edits'
import type { ExportCorpus, ImportCounts, ImportReport } from './export-options'
import { noteFromExportMarkdown, noteToExportMarkdown } from './note-export'
import { parseExport, type ParsedExport, type ParsedHighlight, type ParsedMemo, type ParsedTag } from './parse-export'

/** What the import reads of the open corpus (the Workspace provides it). */
export type ImportCorpus = Pick<ExportCorpus, 'name' | 'documentHash' | 'getText'>

/** What the import needs of the notebook. */
export type ImportNotebook = Pick<Notebook, 'highlights' | 'memos' | 'data' | 'getHighlight' | 'putRecords'>


/**
 * Imports an Exzerpt Markdown export into a notebook (the one it came from, or
 * a fresh one over the same corpus): highlights, tags with their colours and
 * descriptions (from the codebook), colours, notes and memos. New highlights
 * are re-anchored against the files as they are now, exactly as the notebook
 * does on open (exact, moved, fuzzy or orphaned).
 *
 * Identity, so importing twice creates nothing twice:
 * - a highlight is the same one when its id (carried in the deep link) is in the
 *   notebook, or failing that, when the notebook has the same quote at the same
 *   place in the same document; a memo by its id, or the same document and text;
 *   a tag by its name (case-insensitive, as in the notebook);
 * - an existing highlight takes the export's colour, tags and note ("updated"),
 *   or is "skipped" when they are equal; its anchoring stays the notebook's own;
 * - nothing in the notebook is deleted, and tag colours and descriptions are only
 *   set where the export has one.
 *
 * Everything is parsed and checked before anything is written, and written as
 * one journal entry: a failed import changes nothing.
 *
 * @throws NotebookInputError for a file that is not an Exzerpt export or cannot be read.
 */
export async function importExport(corpus: ImportCorpus, notebook: ImportNotebook, markdown: string, now: Date = new Date()): Promise<ImportReport> {
  const parsed = parseExport(markdown)
  const stamp = now.toISOString()
  const report: ImportReport = { created: 0, updated: 0, skipped: 0, orphaned: 0, tags: counts(), memos: counts(), warnings: [] }
  if (parsed.header.corpus !== null && parsed.header.corpus !== corpus.name) {
    report.warnings.push(`The export was made from the corpus "${parsed.header.corpus}"; this one is "${corpus.name}".`)
  }
  const texts = await readTexts(corpus, parsed.highlights)
  // From here to the write nothing waits, so the plan is made from the notebook as it
  // is when it is written (an edit made while the files were read is not overwritten).
  const tags = new ImportTags(notebook.data.tags, report.tags)
  for (const t of parsed.tags) tags.fromCodebook(t)

  const highlights = importHighlights(texts, notebook, parsed, tags, stamp, report)
  const memos = importMemos(notebook, parsed.memos, stamp, report)
  const tagRecords = tags.records()
  if (tagRecords.length || highlights.length || memos.length) {
    const n = report.created + report.updated
    await notebook.putRecords({ tags: tagRecords, highlights, memos }, `Import of ${n} highlight${n === 1 ? '' : 's'}`)
  }
  return report
}

function counts(): ImportCounts {
  return { created: 0, updated: 0, skipped: 0 }
}

/** The current text of every document the export's highlights are in (null: gone or unreadable). */
async function readTexts(corpus: ImportCorpus, highlights: readonly ParsedHighlight[]): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>()
  for (const docId of new Set(highlights.map((h) => h.docId))) {
    texts.set(docId, corpus.documentHash(docId) === null ? null : await corpus.getText(docId).catch(() => null))
  }
  return texts
}

function importHighlights(texts: ReadonlyMap<string, string | null>, notebook: ImportNotebook, parsed: ParsedExport, tags: ImportTags, stamp: string, report: ImportReport): Highlight[] {
  const existingAt = new Map<string, Highlight>()
  for (const h of notebook.highlights) existingAt.set(placeKey(h.docId, h.quote.exact, h.position), h)

  // New records, grouped by document so each text is read and anchored once.
  const byDoc = new Map<string, Array<{ record: Highlight; source: ParsedHighlight }>>()
  for (const source of parsed.highlights) {
    const record: Highlight = {
      id: importedId(source.id),
      docId: source.docId,
      docHash: '', // unknown: forces re-anchoring against the current text
      position: source.position,
      quote: { exact: source.exact, prefix: source.prefix, suffix: source.suffix },
      status: 'exact',
      color: paletteColor(source.color),
      tagIds: [...new Set(source.tags.map((name) => tags.ensure(name, source.line)))],
      note: source.note === null ? null : readNote(source.note, `line ${source.line}`),
      createdAt: isTimestamp(source.createdAt) ? source.createdAt : stamp,
      updatedAt: stamp,
    }
    const list = byDoc.get(record.docId) ?? []
    list.push({ record, source })
    byDoc.set(record.docId, list)
  }

  const out: Highlight[] = []
  const missing: string[] = []
  const taken = new Set<string>()
  for (const [docId, list] of byDoc) {
    const text = texts.get(docId) ?? null
    if (text === null) missing.push(docId)
    const anchored = new Map(reanchorHighlights(list.map((e) => e.record), text, stamp).map((h) => [h.id, h]))
    for (const { record, source } of list) {
      const fresh = anchored.get(record.id) ?? record
      const existing = notebook.getHighlight(record.id) ?? existingAt.get(placeKey(docId, fresh.quote.exact, fresh.position))
      if (existing) {
        if (taken.has(existing.id)) continue
        taken.add(existing.id)
        if (existing.status === 'orphaned') report.orphaned++
        const note = source.note === null ? existing.note : record.note
        // Notes compare as the export writes them (the file's text is already in that form).
        const same =
          existing.color === record.color &&
          existing.tagIds.join('\n') === record.tagIds.join('\n') &&
          (source.note === null || sameNote(existing.note, source.note, record.note))
        if (same) report.skipped++
        else {
          report.updated++
          out.push({ ...existing, color: record.color, tagIds: record.tagIds, note, updatedAt: stamp })
        }
        continue
      }
      if (taken.has(fresh.id)) continue
      taken.add(fresh.id)
      report.created++
      if (fresh.status === 'orphaned') report.orphaned++
      out.push(fresh)
    }
  }
  if (missing.length) {
    const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '')
    report.warnings.push(`This corpus has no document ${shown}: its highlights are kept as orphans.`)
  }
  return out
}

function importMemos(notebook: ImportNotebook, memos: ParsedMemo[], stamp: string, report: ImportReport): Memo[] {
  const out: Memo[] = []
  for (const m of memos) {
    const note = readNote(m.note, `line ${m.line}`) ?? { type: 'doc', content: [{ type: 'paragraph' }] }
    const markdown = noteToExportMarkdown(note)
    const existing =
      (m.id !== null ? notebook.memos.find((x) => x.id === m.id) : undefined) ??
      notebook.memos.find((x) => x.docId === m.docId && noteToExportMarkdown(x.note as JSONContent) === markdown)
    if (existing) {
      if (noteToExportMarkdown(existing.note as JSONContent) === markdown) report.memos.skipped++
      else {
        report.memos.updated++
        out.push({ ...existing, note, updatedAt: stamp })
      }
      continue
    }
    report.memos.created++
    out.push({ id: importedId(m.id), docId: m.docId, note, createdAt: isTimestamp(m.createdAt) ? m.createdAt : stamp, updatedAt: stamp })
  }
  return out
}

/** Tags by name: the notebook's, plus the ones this import creates or changes. */
class ImportTags {
  readonly #byKey = new Map<string, Tag>()
  readonly #changed = new Map<string, Tag>()

  constructor(
    existing: readonly Tag[],
    private readonly report: ImportCounts,
  ) {
    for (const t of existing) this.#byKey.set(tagKey(t.name), t)
  }

  /** A codebook entry: created, or its colour and description set on the tag of that name where the export has them. */
  fromCodebook(entry: ParsedTag): void {
    const name = checkedTagName(entry.name, 'codebook')
    const color = entry.color !== null && isPaletteColor(entry.color) ? entry.color : null
    const description = entry.description.trim()
    const key = tagKey(name)
    const current = this.#byKey.get(key)
    if (!current) {
      this.#create(name, color, description)
      return
    }
    const next: Tag = { ...current, color: color ?? current.color, description: description || current.description }
    if (next.color === current.color && next.description === current.description) this.report.skipped++
    else {
      if (!this.#changed.has(current.id)) this.report.updated++
      this.#put(next)
    }
  }

  /** The id of the tag with this name, creating it when neither the notebook nor the codebook has it. */
  ensure(raw: string, line: number): string {
    const name = checkedTagName(raw, `line ${line}`)
    return this.#byKey.get(tagKey(name))?.id ?? this.#create(name, null, '')
  }

  /** Creates a tag, and first the levels above it that do not exist (as the notebook does). */
  #create(name: string, color: Tag['color'], description: string): string {
    const parent = name.split('/').slice(0, -1).join('/')
    if (parent && !this.#byKey.has(tagKey(parent))) this.#create(parent, null, '')
    const tag: Tag = { id: randomUUID(), name, color, description }
    this.#put(tag)
    this.report.created++
    return tag.id
  }

  records(): Tag[] {
    return [...this.#changed.values()]
  }

  #put(tag: Tag): void {
    this.#byKey.set(tagKey(tag.name), tag)
    this.#changed.set(tag.id, tag)
  }
}

function checkedTagName(raw: string, where: string): string {
  try {
    return validTagName(raw)
  } catch (error) {
    throw new NotebookInputError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function readNote(markdown: string, where: string): JSONContent | null {
  if (!markdown.trim()) return null
  try {
    const note = validateNote(noteFromExportMarkdown(markdown))
    return isEmptyNote(note) ? null : note
  } catch (error) {
    throw new NotebookInputError(`${where}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Whether a stored note reads as the file's note: compared as the export writes them (a hand-edited file's note is normalized first). */
function sameNote(stored: unknown, markdown: string, parsed: unknown): boolean {
  const written = noteToExportMarkdown(stored as JSONContent | null)
  return written === markdown || written === noteToExportMarkdown(parsed as JSONContent | null)
}

/**
 * The id a record from the file keeps: a hand-edited file may carry anything there,
 * and ids end up in deep links, element ids and file names, so an unusual one is replaced.
 */
function importedId(id: string | null): string {
  return id !== null && isRecordId(id) ? id : randomUUID()
}

function isTimestamp(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)
}

function placeKey(docId: string, exact: string, position: { start: number; end: number }): string {
  return `${docId}\u0000${position.start}\u0000${position.end}\u0000${exact}`
}
