import { CONTEXT_LENGTH } from './anchor-types'
import type { Anchor, TextQuoteSelector } from './anchor-types'
import { POSITION_WEIGHT, PREFIX_WEIGHT, QUOTE_WEIGHT, SUFFIX_WEIGHT } from './anchor-thresholds'
import { editDistance, openEndedDistance } from './edit-distance'

/** A possible new location of a highlight, with the evidence for it. */
export interface ScoredCandidate {
  start: number
  end: number
  /** Edit errors between the stored quote and `text[start, end)` (0 for identical copies). */
  errors: number
  /** 1 − errors / quote length. */
  quoteSimilarity: number
  prefixSimilarity: number
  suffixSimilarity: number
  /** Mean of prefix and suffix similarity. */
  contextSimilarity: number
  /** 1 at the stored offset, falling linearly to 0 at a document length away. */
  positionCloseness: number
  /** Weighted combination (see anchor-thresholds). */
  score: number
  /** Distance in code units from the stored start, for tie-breaking. */
  distance: number
}

/**
 * Text before a candidate that the stored prefix is compared with: twice the
 * context length, so up to a context's worth of inserted text can be skipped.
 */
export function prefixWindow(text: string, start: number, quote: TextQuoteSelector): string {
  return text.slice(Math.max(0, start - 2 * Math.max(CONTEXT_LENGTH, quote.prefix.length)), start)
}

/** Text after a candidate that the stored suffix is compared with (see {@link prefixWindow}). */
export function suffixWindow(text: string, end: number, quote: TextQuoteSelector): string {
  return text.slice(end, end + 2 * Math.max(CONTEXT_LENGTH, quote.suffix.length))
}

/** Whether both context sides around `text[start, end)` equal the stored ones exactly. */
export function hasIntactContext(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  return (
    adjacent(prefixWindow(text, start, quote), quote.prefix, true) === quote.prefix &&
    adjacent(suffixWindow(text, end, quote), quote.suffix, false) === quote.suffix
  )
}

// The part of a window directly next to the candidate that a stored side of
// this length describes (a short stored side still stands for the full length:
// it records a text edge).
function adjacent(window: string, stored: string, before: boolean): string {
  const length = Math.max(CONTEXT_LENGTH, stored.length)
  return before ? window.slice(-length) : window.slice(0, length)
}

/**
 * Similarity of a stored context side with the window next to a candidate
 * (`before`: the prefix side, aligned at the window's end).
 *
 * A full-length side is aligned open-ended, so text inserted next to the
 * passage costs its length once. A side shorter than {@link CONTEXT_LENGTH}
 * records a text edge ("nothing before/after this"), so it is compared with
 * the whole adjacent stretch instead. Distances are divided by the full context
 * length even near edges: one character added before a passage that used to
 * open the document costs 1/32, as anywhere else.
 */
export function contextSimilarity(stored: string, window: string, before: boolean): number {
  const distance =
    stored.length >= CONTEXT_LENGTH
      ? openEndedDistance(stored, window, before)
      : editDistance(stored, adjacent(window, stored, before))
  return Math.max(0, 1 - distance / Math.max(CONTEXT_LENGTH, stored.length))
}

/** Scores `text[start, end)` as the new location of `anchor`, given the edit errors of its quote. */
export function scoreCandidate(
  text: string,
  anchor: Anchor,
  start: number,
  end: number,
  errors: number,
): ScoredCandidate {
  const { quote, position } = anchor
  const quoteSimilarity = Math.max(0, 1 - errors / Math.max(1, quote.exact.length))
  const prefixSimilarity = contextSimilarity(quote.prefix, prefixWindow(text, start, quote), true)
  const suffixSimilarity = contextSimilarity(quote.suffix, suffixWindow(text, end, quote), false)
  const distance = Math.abs(start - position.start)
  const positionCloseness = Math.max(0, 1 - distance / Math.max(1, text.length))
  const score =
    QUOTE_WEIGHT * quoteSimilarity +
    PREFIX_WEIGHT * prefixSimilarity +
    SUFFIX_WEIGHT * suffixSimilarity +
    POSITION_WEIGHT * positionCloseness
  return {
    start,
    end,
    errors,
    quoteSimilarity,
    prefixSimilarity,
    suffixSimilarity,
    contextSimilarity: (prefixSimilarity + suffixSimilarity) / 2,
    positionCloseness,
    score,
    distance,
  }
}
