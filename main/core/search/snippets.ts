import type { MatchRange } from './match-ranges'

export interface Snippet {
  text: string
  start: number
  end: number
  /** Matched words inside the snippet, as absolute offsets into the text. */
  marks: MatchRange[]
}

const WINDOW = 200
const LEAD = 60
const MAX_SNIPPETS = 3

/**
 * Picks the best passages of a text for a result list: windows of about 200
 * characters around the places with the most distinct matched words, at most
 * three, not overlapping, cut at word boundaries, in reading order.
 */
export function buildSnippets(text: string, marks: readonly MatchRange[], max = MAX_SNIPPETS): Snippet[] {
  if (!marks.length) return []
  const candidates = marks.map((mark, index) => {
    const start = Math.max(0, mark.start - LEAD)
    const end = Math.min(text.length, start + WINDOW)
    const inside = marks.filter((m) => m.start >= start && m.end <= end)
    const distinct = new Set(inside.map((m) => text.slice(m.start, m.end).toLowerCase())).size
    return { start, end, score: distinct * 10 + inside.length - index * 0.001 }
  })
  candidates.sort((a, b) => b.score - a.score)
  const chosen: Array<{ start: number; end: number }> = []
  for (const c of candidates) {
    if (chosen.length >= max) break
    if (chosen.some((s) => c.start < s.end && s.start < c.end)) continue
    chosen.push(c)
  }
  chosen.sort((a, b) => a.start - b.start)
  return chosen.map(({ start, end }) => {
    const s = snapStart(text, start)
    const e = snapEnd(text, end)
    return { text: text.slice(s, e), start: s, end: e, marks: marks.filter((m) => m.start >= s && m.end <= e).map((m) => ({ ...m })) }
  })
}

// Move the cut to the next word start / previous word end, so no word is shown in halves.
function snapStart(text: string, at: number): number {
  if (at === 0) return 0
  const space = text.slice(at, at + 30).search(/\s/)
  if (space < 0) return at
  let i = at + space
  while (i < text.length && /\s/.test(text[i]!)) i++
  return i
}

function snapEnd(text: string, at: number): number {
  if (at >= text.length) return text.length
  const before = text.slice(Math.max(0, at - 30), at)
  const space = before.search(/\s\S*$/)
  return space < 0 ? at : at - before.length + space
}
