// Reused pattern-mask table for the bit-parallel algorithm: indexed by UTF-16
// code unit, so lookups are a single typed-array read; entries are cleared after
// every call so the table is all zeros between calls.
const peq = new Uint32Array(0x10000)

const WORD_BITS = 32

/**
 * Levenshtein distance (insertions, deletions, substitutions; UTF-16 code units).
 *
 * Context comparisons call this thousands of times per document, always with
 * strings of at most 32 characters (the stored context length), so the common case uses
 * Myers/Hyyrö's bit-parallel algorithm (one machine word, O(n)); longer inputs
 * fall back to the two-row dynamic programme.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  // The shorter string becomes the bit pattern so it fits in a word more often.
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a]
  if (pattern.length === 0) return text.length
  if (pattern.length <= WORD_BITS) return bitParallelDistance(pattern, text)
  return dynamicProgrammingDistance(pattern, text)
}

/**
 * Similarity in 0..1 derived from {@link editDistance}: 1 − distance / longer length.
 * Two empty strings are identical (1).
 */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return 1 - editDistance(a, b) / longer
}

/**
 * Smallest edit distance between `pattern` and any prefix of `text` (ends of
 * `text` beyond the alignment are free). With `fromEnd`, the same for suffixes:
 * both strings are read backwards.
 *
 * Context comparison uses this so that text inserted right next to a passage
 * costs its length once, instead of twice (once as inserted, once as the
 * stored context pushed out of a fixed-size window).
 */
export function openEndedDistance(pattern: string, text: string, fromEnd = false): number {
  if (pattern.length === 0) return 0
  if (pattern.length <= WORD_BITS) return bitParallelDistance(pattern, text, true, fromEnd)
  const p = fromEnd ? [...pattern].reverse().join('') : pattern
  const t = fromEnd ? [...text].reverse().join('') : text
  let best = p.length
  for (let j = 1; j <= t.length; j++) best = Math.min(best, dynamicProgrammingDistance(p, t.slice(0, j)))
  return best
}

function bitParallelDistance(pattern: string, text: string, openEnd = false, fromEnd = false): number {
  const m = pattern.length
  const n = text.length
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(fromEnd ? m - 1 - i : i)]! |= 1 << i
  const last = 1 << (m - 1)
  let pv = -1
  let mv = 0
  let score = m
  let best = m
  for (let j = 0; j < n; j++) {
    const eq = peq[text.charCodeAt(fromEnd ? n - 1 - j : j)]!
    const xv = eq | mv
    const xh = (((eq & pv) + pv) ^ pv) | eq
    let ph = mv | ~(xh | pv)
    let mh = pv & xh
    if (ph & last) score++
    if (mh & last) score--
    if (score < best) best = score
    // Shifting in a 1 encodes the first DP row (0, 1, 2, …): a global, not a
    // substring, distance.
    ph = (ph << 1) | 1
    mh = mh << 1
    pv = mh | ~(xv | ph)
    mv = ph & xv
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0
  return openEnd ? best : score
}

function dynamicProgrammingDistance(a: string, b: string): number {
  let previous = new Array<number>(a.length + 1)
  let current = new Array<number>(a.length + 1)
  for (let i = 0; i <= a.length; i++) previous[i] = i
  for (let j = 1; j <= b.length; j++) {
    current[0] = j
    const cb = b.charCodeAt(j - 1)
    for (let i = 1; i <= a.length; i++) {
      const substitution = previous[i - 1]! + (a.charCodeAt(i - 1) === cb ? 0 : 1)
      current[i] = Math.min(substitution, previous[i]! + 1, current[i - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[a.length]!
}
