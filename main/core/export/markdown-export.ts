import { currentRange } from '../notebook/highlight-query'
import { DEFAULT_COLOR } from '../notebook/notebook-schema'
import { citationLine } from './citation'
import { deepLink } from './deep-link'
import { collectExport, type CodebookEntry, type ExportItem, type ExportMemo, type ExportModel, type ExportNotebook } from './collect-export'
import { highlightsToCsv } from './csv-export'
import { escapeMarkdown } from './escape-markdown'
import { dataLine } from './export-data'
import type { ExportCorpus, ExportCounts, ExportOptions } from './export-options'
import { frontMatter } from './front-matter'
import { obsidianTag } from './obsidian-tag'

/**
 * Exports the notebook (or part of it, see {@link ExportOptions}) as Markdown
 * or CSV. `now` is the export time written into the front matter.
 */
export async function buildExport(
  corpus: ExportCorpus,
  notebook: ExportNotebook,
  options: ExportOptions,
  now: Date,
): Promise<{ content: string; counts: ExportCounts }> {
  const model = await collectExport(corpus, notebook, options)
  const content = options.format === 'csv' ? highlightsToCsv(model.items, { includeNotes: options.includeNotes }) : renderMarkdown(model, now)
  return { content, counts: model.counts }
}

/**
 * Writes an export model as Markdown: front matter, a `#` title, a `##` heading
 * per group, per highlight its quote (blockquote), citation line and note, then
 * the memos and the codebook. Each highlight, memo and the codebook end with a
 * data line ({@link dataLine}) that only the importer reads.
 */
export function renderMarkdown(model: ExportModel, now: Date, document: string | null = model.options.scope === 'document' ? (model.options.docId ?? null) : null): string {
  const blocks: string[] = [
    frontMatter({ title: model.title, corpus: model.corpus, exported: now, options: model.options, filter: model.filter, document, counts: model.counts }).trimEnd(),
    `# ${escapeMarkdown(model.title)}`,
  ]
  // A one-document export by document needs no heading repeating its title.
  const headings = !(model.options.groupBy === 'doc' && document !== null)
  const ambiguous = ambiguousTagForms(model.codebook)
  for (const group of model.groups) {
    if (headings) blocks.push(`## ${group.title === null ? 'Untagged' : escapeMarkdown(group.title)}`)
    for (const item of group.items) blocks.push(...renderItem(item, ambiguous))
  }
  if (model.memos.length) {
    blocks.push('## Memos')
    for (const memo of model.memos) blocks.push(...renderMemo(memo))
  }
  if (model.codebook.length) blocks.push('## Codebook', ...renderCodebook(model.codebook))
  return `${blocks.join('\n\n')}\n`
}

function renderItem(item: ExportItem, ambiguous: Set<string>): string[] {
  const h = item.highlight
  const range = currentRange(h) ?? h.position
  const forms = item.tags.map((t) => obsidianTag(t.name))
  const citation = citationLine({
    title: item.doc.title,
    date: item.doc.date,
    file: item.doc.id,
    place: item.place,
    link: deepLink({ docId: h.docId, start: range.start, end: range.end, highlightId: h.id }),
    tags: forms,
  })
  const data: Record<string, unknown> = {}
  if (h.color !== DEFAULT_COLOR) data['color'] = h.color
  data['prefix'] = h.quote.prefix
  data['suffix'] = h.quote.suffix
  // The link points at the passage as it is now; a fuzzy highlight keeps the position it was made at.
  if (range.start !== h.position.start || range.end !== h.position.end) data['pos'] = [h.position.start, h.position.end]
  if (item.quote.lossy) data['exact'] = h.quote.exact
  if (item.quote.singleBreaks) data['nl'] = 1
  if (forms.some((f) => ambiguous.has(f))) data['tags'] = item.tags.map((t) => t.name)
  data['created'] = h.createdAt
  return [item.quote.markdown, citation, ...(item.note ? [item.note] : []), dataLine('highlight', data)]
}

function renderMemo(m: ExportMemo): string[] {
  const about = m.doc === null ? 'whole notebook' : `[${escapeMarkdown(m.doc.title, { atLineStart: false })}](${deepLink({ docId: m.doc.id })})`
  return [`**Memo** · ${about}`, ...(m.note ? [m.note] : []), dataLine('memo', { id: m.memo.id, created: m.memo.createdAt })]
}

/**
 * One list item per tag: name, description, count. Colours (and a description
 * with line breaks, which a list item line cannot show) go into the data line.
 */
function renderCodebook(codebook: CodebookEntry[]): string[] {
  const lines: string[] = []
  const data: Record<string, { color?: string; description?: string }> = {}
  for (const { tag, count } of codebook) {
    const description = tag.description.replace(/\s*\n\s*/g, ' ').trim()
    const extra: { color?: string; description?: string } = {}
    if (tag.color !== null) extra.color = tag.color
    if (description !== tag.description) extra.description = tag.description
    if (Object.keys(extra).length) data[tag.name] = extra
    const about = description ? ` — ${escapeMarkdown(description, { atLineStart: false })}` : ''
    lines.push(`- **${escapeMarkdown(tag.name, { atLineStart: false })}**${about} (${count})`)
  }
  return [lines.join('\n'), dataLine('codebook', { tags: data })]
}

/** Obsidian tag forms that more than one tag of the codebook shares. */
function ambiguousTagForms(codebook: CodebookEntry[]): Set<string> {
  const seen = new Map<string, number>()
  for (const { tag } of codebook) {
    const form = obsidianTag(tag.name)
    seen.set(form, (seen.get(form) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([form]) => form))
}
