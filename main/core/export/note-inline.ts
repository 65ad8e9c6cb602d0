import type { JSONContent } from '@tiptap/core'

// One line of a note's inline content (a paragraph's or heading's text nodes and
// hard breaks), put into a form Markdown can write and read back unchanged.

/** The marks written as delimiters around text (`**`, `*`, `~~`). */
export const EMPHASIS: ReadonlySet<string> = new Set(['bold', 'italic', 'strike'])

/** Whether a node is a text node. */
export function isText(node: JSONContent): boolean {
  return node.type === 'text'
}

/** Whether a node carries a mark of this type. */
export function hasMark(node: JSONContent, type: string): boolean {
  return node.marks?.some((m) => m.type === type) ?? false
}

/**
 * A line of inline content as the export writes it: neighbouring text nodes
 * with the same marks joined, white space and line breaks that Markdown cannot
 * keep removed, emphasis made to nest and to sit where CommonMark reads it.
 */
export function normalizeLine(nodes: JSONContent[]): JSONContent[] {
  const line = trimLines(mergeText(nodes))
  return line.some((n) => n.marks?.some((m) => EMPHASIS.has(m.type))) ? nestMarks(line) : line
}

/** Joins neighbouring text nodes with the same marks, as ProseMirror does (a note from an import may not be joined). */
function mergeText(nodes: JSONContent[]): JSONContent[] {
  if (nodes.length < 2) return nodes
  const key = (n: JSONContent) => (n.marks?.length ? JSON.stringify(n.marks.map((m) => [m.type, m.attrs ?? null]).sort()) : '')
  const out: JSONContent[] = []
  for (const n of nodes) {
    const last = out.at(-1)
    if (last && isText(last) && isText(n) && (last.marks?.length ?? 0) === (n.marks?.length ?? 0) && key(last) === key(n)) out[out.length - 1] = { ...last, text: last.text! + n.text! }
    else out.push(n)
  }
  return out
}

/**
 * White space at the start and end of a line does not survive Markdown (it is
 * stripped when read, and two trailing spaces would become a line break), so
 * it is removed here already; so are line breaks at the start or end of a block
 * and repeated ones (a line of nothing but a break reads as a paragraph break).
 * Code keeps its spaces.
 */
function trimLines(nodes: JSONContent[]): JSONContent[] {
  let out = nodes.map((n) => (isText(n) && !hasMark(n, 'code') ? { ...n, text: n.text!.replace(/[ \t]*\n\s*/g, '\n') } : n))
  for (let changed = true; changed; ) {
    const before = out.length
    out = out.map((n, i) => {
      if (!isText(n) || hasMark(n, 'code')) return n
      let text = n.text!
      if (i === 0 || out[i - 1]!.type === 'hardBreak') text = text.replace(/^\s+/, '')
      if (i === out.length - 1 || out[i + 1]!.type === 'hardBreak') text = text.replace(/\s+$/, '')
      return text === n.text ? n : { ...n, text }
    })
    out = out.filter((n, i) => (isText(n) ? n.text !== '' : n.type !== 'hardBreak' || (i > 0 && i < out.length - 1 && out[i - 1]!.type !== 'hardBreak')))
    changed = out.length !== before
  }
  return out
}

const PUNCT = /[\p{P}\p{S}]/u
const SPACE = /\s/u

/**
 * Makes the emphasis marks of one line of inline content nest, as Markdown
 * delimiters must: where two marks cross, the one that started later is cut
 * back to end with the other. Then an emphasis that begins (ends) with
 * punctuation right after (before) a letter is narrowed, because CommonMark
 * would not read its `*` as emphasis there ("x*„Zitat“*y" stays literal).
 */
function nestMarks(nodes: JSONContent[]): JSONContent[] {
  let out = nodes
  for (const type of EMPHASIS) out = uncross(out, type)
  for (const type of EMPHASIS) out = narrowAtPunctuation(out, type)
  return out
}

/** Removes `type` from nodes where its run extends past the end of an enclosing emphasis run that started earlier. */
function uncross(nodes: JSONContent[], type: string): JSONContent[] {
  const runs = markRuns(nodes)
  const mine = runs.filter((r) => r.type === type)
  const out = [...nodes]
  for (const run of mine) {
    for (const other of runs) {
      if (other.type === type || !EMPHASIS.has(other.type)) continue
      // other starts first (or together and lasts longer) and ends inside this run: cut this run back.
      const startsFirst = other.start < run.start || (other.start === run.start && other.end > run.end)
      if (startsFirst && other.end > run.start && other.end < run.end) {
        for (let i = other.end; i < run.end; i++) out[i] = withoutMark(out[i]!, type)
        run.end = other.end
      }
    }
  }
  return out
}

function narrowAtPunctuation(nodes: JSONContent[], type: string): JSONContent[] {
  const out = [...nodes]
  for (const run of markRuns(out).filter((r) => r.type === type)) {
    const first = out[run.start]!
    const last = out[run.end - 1]!
    const before = charBefore(out, run.start)
    const after = charAfter(out, run.end - 1)
    if (isText(first) && !hasMark(first, 'code') && isWordChar(before)) {
      const lead = first.text!.match(/^[\p{P}\p{S}]+/u)?.[0] ?? ''
      if (lead) splitOff(out, run.start, lead.length, 'start', type)
    }
    if (isText(last) && !hasMark(last, 'code') && isWordChar(after)) {
      const index = out.indexOf(last)
      const trail = last.text!.match(/[\p{P}\p{S}]+$/u)?.[0] ?? ''
      if (trail && index >= 0) splitOff(out, index, trail.length, 'end', type)
    }
  }
  return out
}

/** Moves `count` characters at one end of `out[index]` into a new node without `type`. */
function splitOff(out: JSONContent[], index: number, count: number, side: 'start' | 'end', type: string): void {
  const node = out[index]!
  const text = node.text!
  const cut = side === 'start' ? count : text.length - count
  const head = { ...node, text: text.slice(0, cut) }
  const tail = { ...node, text: text.slice(cut) }
  const parts = side === 'start' ? [withoutMark(head, type), tail] : [head, withoutMark(tail, type)]
  out.splice(index, 1, ...parts.filter((p) => p.text !== ''))
}

function charBefore(nodes: JSONContent[], index: number): string {
  const prev = nodes[index - 1]
  if (!prev || !isText(prev)) return ' '
  return hasMark(prev, 'code') ? '`' : (prev.text!.at(-1) ?? ' ')
}

function charAfter(nodes: JSONContent[], index: number): string {
  const next = nodes[index + 1]
  if (!next || !isText(next)) return ' '
  return hasMark(next, 'code') ? '`' : (next.text![0] ?? ' ')
}

function isWordChar(c: string): boolean {
  return !SPACE.test(c) && !PUNCT.test(c)
}

interface Run {
  type: string
  start: number
  end: number
}

/** Maximal runs of consecutive nodes carrying each mark type (a hard break ends every run). */
function markRuns(nodes: JSONContent[]): Run[] {
  const runs: Run[] = []
  const open = new Map<string, Run>()
  nodes.forEach((node, i) => {
    const types = new Set((node.marks ?? []).map((m) => m.type))
    for (const [type, run] of open) {
      if (!types.has(type)) {
        runs.push(run)
        open.delete(type)
      }
    }
    for (const type of types) {
      const run = open.get(type)
      if (run) run.end = i + 1
      else open.set(type, { type, start: i, end: i + 1 })
    }
  })
  runs.push(...open.values())
  return runs
}

function withoutMark(node: JSONContent, type: string): JSONContent {
  const marks = (node.marks ?? []).filter((m) => m.type !== type)
  const { marks: _old, ...rest } = node
  return marks.length ? { ...rest, marks } : rest
}

function emphasisOf(node: JSONContent | undefined): string[] {
  return node?.marks?.flatMap((m) => (EMPHASIS.has(m.type) ? [m.type] : [])) ?? []
}

/**
 * Whether one line of inline content is known to be written and read back
 * unchanged (by tiptap, and by CommonMark): no line breaks, emphasis never
 * in a line with code or combined with links, at most one emphasis delimiter at any point
 * (so no "***" or "*~~" runs whose reading depends on CommonMark's finer rules),
 * and every emphasis begins and ends with a letter or digit — or sits next to
 * white space or punctuation on that side — so its delimiters are flanking.
 */
export function plainlyMarked(nodes: JSONContent[]): boolean {
  if (!nodes.length) return false // an empty list item, say: tiptap writes a bare marker
  // Code spans next to emphasis: marked (tiptap's parser) and CommonMark disagree on some.
  if (nodes.some((n) => hasMark(n, 'code')) && nodes.some((n) => emphasisOf(n).length)) return false
  for (const n of nodes) {
    if (!isText(n)) return false
    if (n.text!.includes('\n')) return false
    const emphasis = emphasisOf(n)
    if (emphasis.length && n.marks!.some((m) => m.type === 'code' || m.type === 'link')) return false
    // A code span's edge spaces are stripped by some readers and kept by others.
    if (hasMark(n, 'code') && /^\s|\s$|`/.test(n.text!)) return false
  }
  for (let i = 0; i <= nodes.length; i++) {
    const before = emphasisOf(nodes[i - 1])
    const after = emphasisOf(nodes[i])
    const changes = before.filter((m) => !after.includes(m)).length + after.filter((m) => !before.includes(m)).length
    if (changes > 1) return false
  }
  for (const run of markRuns(nodes)) {
    if (!EMPHASIS.has(run.type)) continue
    const first = nodes[run.start]!.text![0] ?? ' '
    const last = nodes[run.end - 1]!.text!.at(-1) ?? ' '
    if (SPACE.test(first) || SPACE.test(last)) return false
    if (!isWordChar(first) && isWordChar(charBefore(nodes, run.start))) return false
    if (!isWordChar(last) && isWordChar(charAfter(nodes, run.end - 1))) return false
  }
  return true
}
