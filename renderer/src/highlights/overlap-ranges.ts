import type { TextRange } from '../../../preload/contract'

/** The stretches covered by two or more of the ranges, merged and sorted (a sweep over the range ends). */
export function overlapRanges(ranges: readonly TextRange[]): TextRange[] {
  const events: [number, number][] = []
  for (const r of ranges) {
    if (r.end <= r.start) continue
    events.push([r.start, 1], [r.end, -1])
  }
  // At equal positions, ends before starts: ranges that only touch do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: TextRange[] = []
  let depth = 0
  let from = 0
  for (const [at, step] of events) {
    const before = depth
    depth += step
    if (before < 2 && depth >= 2) from = at
    else if (before >= 2 && depth < 2 && at > from) {
      const last = out[out.length - 1]
      if (last && last.end === from) last.end = at
      else out.push({ start: from, end: at })
    }
  }
  return out
}
