import type { TextRange } from '../../preload/contract'

/** A piece of displayed text; `match` is the index of the match it belongs to, or -1. */
export interface Segment {
  text: string
  /** Absolute offset of the segment in the document's canonical text. */
  start: number
  match: number
}

/**
 * Cuts `text` (which starts at absolute offset `base`) into plain and marked
 * segments, painting the given absolute ranges. Ranges must be sorted by start;
 * `firstMatch` is the index of `ranges[0]` in the document's full match list.
 * Newlines are shown as spaces so offsets stay one-to-one with the canonical text.
 */
export function segment(text: string, base: number, ranges: readonly TextRange[], firstMatch = 0): Segment[] {
  const shown = text.replace(/\n/g, ' ')
  const end = base + shown.length
  const out: Segment[] = []
  let cursor = base
  const sorted = ranges.every((range, i) => i === 0 || ranges[i - 1]!.start <= range.start) ? ranges : [...ranges].sort((a, b) => a.start - b.start)
  sorted.forEach((range, i) => {
    const from = Math.max(range.start, cursor)
    const to = Math.min(range.end, end)
    if (to <= from) return
    if (from > cursor) out.push({ text: shown.slice(cursor - base, from - base), start: cursor, match: -1 })
    out.push({ text: shown.slice(from - base, to - base), start: from, match: firstMatch + i })
    cursor = to
  })
  if (cursor < end) out.push({ text: shown.slice(cursor - base), start: cursor, match: -1 })
  return out
}

/** Index of the first range in sorted `ranges` that ends after `offset` (binary search). */
export function firstRangeEndingAfter(ranges: readonly TextRange[], offset: number): number {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
