import search from 'approx-string-match'
import type { Anchor } from './anchor-types'
import {
  MAX_FUZZY_ERRORS,
  MIN_FUZZY_QUOTE_LENGTH,
  MIN_QUOTE_SIMILARITY,
  MIN_QUOTE_SIMILARITY_SHORT,
  SHORT_QUOTE_LENGTH,
} from './anchor-thresholds'
import { editDistance } from './edit-distance'
import { findOccurrences } from './find-occurrences'
import { scoreCandidate } from './score-candidate'
import type { ScoredCandidate } from './score-candidate'

/** Where to look: cheap windows around likely spots, or the whole text. */
export type FuzzyScope = 'windows' | 'whole-text'

// Length of the stored-context pieces searched verbatim to locate the passage
// after it moved: long enough to be fairly specific, short enough to survive an
// edit elsewhere in the 32-character context.
const HINT_LENGTH = 16
const MIN_HINT_LENGTH = 8
// Only the hits nearest the old position are used; a context snippet that
// recurs more often than this is no hint at all.
const MAX_HINTS_PER_SIDE = 3
// How far the old-position window reaches beyond the stored range: covers
// edits of up to a few sentences near the passage.
const OLD_POSITION_SLACK = 128

/** Minimum quote similarity a fuzzy match of a quote of this length must reach. */
export function minQuoteSimilarity(quoteLength: number): number {
  return quoteLength < SHORT_QUOTE_LENGTH ? MIN_QUOTE_SIMILARITY_SHORT : MIN_QUOTE_SIMILARITY
}

/** Largest number of edit errors worth searching for (0 when fuzzy matching is not allowed). */
export function maxFuzzyErrors(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_QUOTE_LENGTH) return 0
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(quoteLength * (1 - minQuoteSimilarity(quoteLength))))
}

/**
 * Approximate matches of the anchor's quote, scored.
 *
 * approx-string-match only reports the lowest-error matches of each search, so
 * a look-alike sentence with fewer errors would hide the edited original from a
 * whole-text search. The 'windows' scope therefore searches small windows
 * around where the passage probably is — its old offsets and the places where
 * the tail of its prefix or the head of its suffix still occur verbatim — each
 * window on its own; 'whole-text' is the fallback when those found nothing
 * acceptable.
 */
export function findFuzzyCandidates(text: string, anchor: Anchor, scope: FuzzyScope): ScoredCandidate[] {
  const quote = anchor.quote.exact
  const maxErrors = maxFuzzyErrors(quote.length)
  if (maxErrors === 0) return []
  const windows: Array<[number, number]> =
    scope === 'whole-text' ? [[0, text.length]] : likelyWindows(text, anchor, maxErrors)
  const byRange = new Map<string, ScoredCandidate>()
  for (const [from, to] of windows) {
    if (to - from < quote.length - maxErrors) continue
    for (const match of search(text.slice(from, to), quote, maxErrors)) {
      const [trimmedStart, trimmedEnd] = trimToQuote(text, from + match.start, from + match.end, quote)
      const [start, end] = snapToContext(text, trimmedStart, trimmedEnd, anchor, maxErrors)
      if (start >= end) continue
      const key = `${start}:${end}`
      if (byRange.has(key)) continue
      const snapped = start !== trimmedStart || end !== trimmedEnd
      const errors = snapped ? editDistance(quote, text.slice(start, end)) : match.errors
      byRange.set(key, scoreCandidate(text, anchor, start, end, errors))
    }
  }
  return [...byRange.values()]
}

function likelyWindows(text: string, anchor: Anchor, maxErrors: number): Array<[number, number]> {
  const { position, quote } = anchor
  const length = quote.exact.length
  const slack = maxErrors + MIN_HINT_LENGTH
  const windows: Array<[number, number]> = []
  const add = (from: number, to: number): void => {
    const a = Math.max(0, from)
    const b = Math.min(text.length, to)
    if (b > a) windows.push([a, b])
  }
  add(position.start - OLD_POSITION_SLACK - maxErrors, position.start + length + OLD_POSITION_SLACK + maxErrors)

  const prefixTail = quote.prefix.slice(-HINT_LENGTH)
  if (prefixTail.trim().length >= MIN_HINT_LENGTH) {
    for (const hit of nearest(findOccurrences(text, prefixTail), position.start - prefixTail.length)) {
      const expectedStart = hit + prefixTail.length
      add(expectedStart - slack, expectedStart + length + slack)
    }
  }
  const suffixHead = quote.suffix.slice(0, HINT_LENGTH)
  if (suffixHead.trim().length >= MIN_HINT_LENGTH) {
    for (const hit of nearest(findOccurrences(text, suffixHead), position.end)) {
      add(hit - length - slack, hit + slack)
    }
  }
  // Deliberately not merged when they overlap: each window reports only its
  // own lowest-error matches, and a merged window could let a verbatim copy
  // nearby hide the edited passage again.
  return windows
}

/**
 * Moves candidate boundaries onto the stored context when it survives nearby.
 *
 * A substring search prefers the cheapest alignment, and for an insertion
 * inside the passage that is usually a match that stops early (substituting
 * the last few characters costs less than inserting many), which would leave
 * the tail unhighlighted and the suffix comparison failing. If the head of the
 * stored suffix (or tail of the prefix) occurs verbatim within the error
 * budget of a boundary, that is where the passage really ends (or starts).
 */
function snapToContext(text: string, start: number, end: number, anchor: Anchor, maxErrors: number): [number, number] {
  const { prefix, suffix } = anchor.quote
  // An early-ending alignment is off by about the number of inserted characters.
  const radius = maxErrors + MIN_HINT_LENGTH
  let s = start
  let e = end
  const prefixTail = prefix.slice(-HINT_LENGTH)
  if (prefixTail.trim().length >= MIN_HINT_LENGTH) {
    const hit = nearestHit(text, prefixTail, start - prefixTail.length, radius)
    if (hit !== -1) s = hit + prefixTail.length
  }
  const suffixHead = suffix.slice(0, HINT_LENGTH)
  if (suffixHead.trim().length >= MIN_HINT_LENGTH) {
    const hit = nearestHit(text, suffixHead, end, radius)
    if (hit !== -1) e = hit
  }
  return s < e ? [s, e] : [start, end]
}

// Occurrence of `needle` starting closest to `target`, at most `radius` away; -1 if none.
function nearestHit(text: string, needle: string, target: number, radius: number): number {
  let best = -1
  for (
    let at = text.indexOf(needle, Math.max(0, target - radius));
    at !== -1 && at <= target + radius;
    at = text.indexOf(needle, at + 1)
  ) {
    if (best === -1 || Math.abs(at - target) < Math.abs(best - target)) best = at
  }
  return best
}

function nearest(offsets: number[], target: number): number[] {
  if (offsets.length <= MAX_HINTS_PER_SIDE) return offsets
  return [...offsets].sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, MAX_HINTS_PER_SIDE)
}

// The edit-distance search happily absorbs a neighbouring space or line break
// as one "insertion"; a highlight should not start or end in whitespace that
// the user did not select.
function trimToQuote(text: string, start: number, end: number, quote: string): [number, number] {
  let s = start
  let e = end
  if (!/^\s/.test(quote)) while (s < e && /\s/.test(text[s]!)) s++
  if (!/\s$/.test(quote)) while (e > s && /\s/.test(text[e - 1]!)) e--
  return [s, e]
}
