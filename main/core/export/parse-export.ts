import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { NotebookInputError } from '../notebook/notebook-errors'
import { parseDeepLink } from './deep-link'
import { unescapeMarkdown } from './escape-markdown'
import { parseDataLine, type DataKind } from './export-data'
import { readFrontMatter, type ExportHeader } from './front-matter'
import { obsidianTag, readTags } from './obsidian-tag'
import { readQuote } from './quote-block'

/** A highlight as an export describes it. */
export interface ParsedHighlight {
  /** The id it had (from the deep link), or null when the link carries none. */
  id: string | null
  docId: string
  /** Where it was made: the selectors to re-anchor with. */
  position: { start: number; end: number }
  exact: string
  prefix: string
  suffix: string
  color: string | null
  /** Tag names. */
  tags: string[]
  /** The note as Markdown ('' for none); null when the export left notes out (the notebook's are then kept). */
  note: string | null
  createdAt: string | null
  /** Line in the file, for messages. */
  line: number
}

export interface ParsedMemo {
  id: string | null
  docId: string | null
  note: string
  createdAt: string | null
  line: number
}

export interface ParsedTag {
  name: string
  description: string
  color: string | null
}

export interface ParsedExport {
  header: ExportHeader
  highlights: ParsedHighlight[]
  memos: ParsedMemo[]
  tags: ParsedTag[]
}

let parser: MarkdownIt | null = null

interface Block {
  token: Token
  index: number
  /** First line and the line after it (of the body). */
  start: number
  end: number
}

/**
 * Reads an Exzerpt Markdown export back. The structure comes from markdown-it
 * (CommonMark), so a note's code block or list can never be mistaken for the
 * export's own parts; the exact text comes from the source lines: the quote
 * from its blockquote ({@link readQuote}), tags from the citation line (mapped
 * back to names through the codebook), each note's Markdown from the lines
 * between its citation and its data line.
 *
 * @throws NotebookInputError naming the line of anything it cannot read.
 */
export function parseExport(markdown: string): ParsedExport {
  const { header, body } = readFrontMatter(markdown)
  const offset = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').length - body.split('\n').length
  const lines = body.split('\n')
  parser ??= new MarkdownIt('commonmark')
  const tokens = parser.parse(body, {})
  const blocks: Block[] = []
  tokens.forEach((token, index) => {
    if (token.level === 0 && token.map && token.nesting >= 0) blocks.push({ token, index, start: token.map[0], end: token.map[1] })
  })
  const covered = new Uint8Array(lines.length + 1)
  for (const b of blocks) covered.fill(1, b.start, b.end)

  const result: ParsedExport = { header, highlights: [], memos: [], tags: [] }
  const pending: Array<{ kind: DataKind; data: Record<string, unknown>; line: number; from: number }> = []
  let from = 0
  lines.forEach((line, i) => {
    if (covered[i] || !line.startsWith('[exzerpt:')) return
    let parsed
    try {
      parsed = parseDataLine(line)
    } catch (error) {
      throw new NotebookInputError(`line ${i + 1 + offset}: the data line cannot be read (${error instanceof Error ? error.message : String(error)}).`)
    }
    if (!parsed) return
    pending.push({ ...parsed, line: i, from })
    from = i + 1
  })

  // The blocks above each data line (blocks and data lines are both in line order).
  const segments: Block[][] = []
  let next = 0
  for (const entry of pending) {
    while (next < blocks.length && blocks[next]!.start < entry.from) next++
    const first = next
    while (next < blocks.length && blocks[next]!.start < entry.line) next++
    segments.push(blocks.slice(first, next))
  }

  const codebookTags: ParsedTag[] = []
  pending.forEach((entry, i) => {
    if (entry.kind === 'codebook') codebookTags.push(...readCodebook(segments[i]!, lines, entry.data, `line ${entry.line + 1 + offset}`))
  })
  const byForm = tagForms(codebookTags)
  const seen = new Set<string>()
  for (const [i, entry] of pending.entries()) {
    const segment = segments[i]!
    const where = `line ${entry.line + 1 + offset}`
    if (entry.kind === 'highlight') {
      const h = readHighlight(segment, tokens, lines, entry.line, entry.data, where, byForm, header.includeNotes)
      h.line = entry.line + 1 + offset
      // Grouped by tag, a highlight appears once per tag: the first is enough.
      if (h.id !== null && seen.has(h.id)) continue
      if (h.id !== null) seen.add(h.id)
      result.highlights.push(h)
    } else if (entry.kind === 'memo' && header.includeMemos) {
      const memo = readMemo(segment, tokens, lines, entry.line, entry.data, where)
      memo.line = entry.line + 1 + offset
      result.memos.push(memo)
    }
  }
  result.tags = codebookTags
  return result
}

function readHighlight(
  segment: Block[],
  tokens: Token[],
  lines: string[],
  dataLine: number,
  data: Record<string, unknown>,
  where: string,
  byForm: Map<string, string>,
  includeNotes: boolean,
): ParsedHighlight {
  const quoteAt = segment.findIndex((b) => b.token.type === 'blockquote_open')
  const citation = segment[quoteAt + 1]
  if (quoteAt < 0 || !citation || citation.token.type !== 'paragraph_open') throw new NotebookInputError(`${where}: a highlight needs its quote and citation line above its data line.`)
  const inline = tokens[citation.index + 1]?.children ?? []
  const linkAt = inline.findIndex((t) => t.type === 'link_open' && (t.attrGet('href') ?? '').startsWith('exzerpt:'))
  const link = linkAt < 0 ? null : parseDeepLink(inline[linkAt]!.attrGet('href')!)
  if (!link || link.start === undefined || link.end === undefined) throw new NotebookInputError(`${where}: the citation has no exzerpt://open link with the passage.`)
  const after = inline.slice(linkAt + 1)
  const close = after.findIndex((t) => t.type === 'link_close')
  const tail = after.slice(close + 1).map((t) => (t.type === 'text' ? t.content : ' ')).join('')
  const names = stringList(data['tags'])
  const exact = typeof data['exact'] === 'string' ? data['exact'] : readQuote(lines.slice(segment[quoteAt]!.start, segment[quoteAt]!.end), data['nl'] === 1)
  const pos = data['pos']
  const position = isRange(pos) ? { start: pos[0], end: pos[1] } : { start: link.start, end: link.end }
  if (!exact.trim()) throw new NotebookInputError(`${where}: the quote is empty.`)
  return {
    id: link.highlightId ?? null,
    docId: link.docId,
    position,
    exact,
    prefix: typeof data['prefix'] === 'string' ? data['prefix'] : '',
    suffix: typeof data['suffix'] === 'string' ? data['suffix'] : '',
    color: typeof data['color'] === 'string' ? data['color'] : null,
    // A form that is not in the codebook (a hand-added #tag) becomes a tag of that name.
    tags: names ?? readTags(tail).map((form) => byForm.get(form) ?? form.slice(1)),
    note: includeNotes ? sourceBetween(lines, citation.end, dataLine) : null,
    createdAt: typeof data['created'] === 'string' ? data['created'] : null,
    line: 0,
  }
}

function readMemo(segment: Block[], tokens: Token[], lines: string[], dataLine: number, data: Record<string, unknown>, where: string): ParsedMemo {
  const lead = segment.find((b) => b.token.type === 'paragraph_open')
  if (!lead) throw new NotebookInputError(`${where}: a memo needs its "**Memo** · …" line above its data line.`)
  const inline = tokens[lead.index + 1]?.children ?? []
  const href = inline.find((t) => t.type === 'link_open')?.attrGet('href') ?? null
  const link = href === null ? null : parseDeepLink(href)
  return {
    id: typeof data['id'] === 'string' && data['id'] ? data['id'] : null,
    docId: link?.docId ?? null,
    note: sourceBetween(lines, lead.end, dataLine),
    createdAt: typeof data['created'] === 'string' ? data['created'] : null,
    line: 0,
  }
}

const CODEBOOK_ENTRY = /^- \*\*((?:\\.|[^\\*])+)\*\*(?: — (.*))? \(\d+\)\s*$/

function readCodebook(segment: Block[], lines: string[], data: Record<string, unknown>, where: string): ParsedTag[] {
  const list = segment.find((b) => b.token.type === 'bullet_list_open')
  const extra = (typeof data['tags'] === 'object' && data['tags'] !== null ? data['tags'] : {}) as Record<string, { color?: unknown; description?: unknown }>
  const tags: ParsedTag[] = []
  for (const line of list ? lines.slice(list.start, list.end) : []) {
    if (!line.trim()) continue
    const match = CODEBOOK_ENTRY.exec(line)
    if (!match) throw new NotebookInputError(`${where}: a codebook entry cannot be read: ${line.slice(0, 80)}`)
    const name = unescapeMarkdown(match[1]!)
    const more = extra[name] ?? {}
    tags.push({
      name,
      description: typeof more.description === 'string' ? more.description : unescapeMarkdown(match[2] ?? ''),
      color: typeof more.color === 'string' ? more.color : null,
    })
  }
  return tags
}

/** Obsidian tag form → tag name, for the forms only one codebook tag has. */
function tagForms(tags: ParsedTag[]): Map<string, string> {
  const forms = new Map<string, string | null>()
  for (const t of tags) {
    const form = obsidianTag(t.name)
    forms.set(form, forms.has(form) ? null : t.name)
  }
  return new Map([...forms].filter((e): e is [string, string] => e[1] !== null))
}

/** The source lines between two lines (exclusive), blank lines at both ends dropped. */
function sourceBetween(lines: string[], from: number, to: number): string {
  return lines.slice(from, to).join('\n').trim()
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null
}

function isRange(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => Number.isSafeInteger(v) && v >= 0) && value[0] < value[1]
}
