import type { Anchor, AnchorResult, AnchorStatus } from './anchor-types'
import {
  MIN_COMBINED_SCORE,
  MIN_COMBINED_SCORE_SHORT,
  MIN_FUZZY_QUOTE_LENGTH,
  MIN_MOVED_CONTEXT,
  MIN_MOVED_CONTEXT_SHORT,
  MIN_SHORT_QUOTE_CONTEXT_SIDE,
  SCORE_EPSILON,
  SELF_EVIDENT_QUOTE_LENGTH,
  SHORT_QUOTE_LENGTH,
} from './anchor-thresholds'
import { quoteAt } from './create-anchor'
import { findFuzzyCandidates, minQuoteSimilarity } from './find-fuzzy-candidates'
import { findOccurrences } from './find-occurrences'
import { hasIntactContext, scoreCandidate } from './score-candidate'
import type { ScoredCandidate } from './score-candidate'

// Occurrence lists per quote text, valid for one document text only.
type OccurrenceCache = Map<string, number[]>

/**
 * Finds a highlight's passage again in a (possibly changed) document text.
 *
 * Order of attempts:
 * 1. the quote at its stored offsets with both context sides intact → 'exact'
 *    (no search at all; the common case after unrelated edits elsewhere);
 * 2. every verbatim occurrence of the quote, ranked by context similarity, ties
 *    by nearness to the old offset. One with fully intact context is taken at
 *    once ('exact' if at the old offsets, else 'moved'); otherwise the best is
 *    only a contender: it needs {@link MIN_MOVED_CONTEXT} context similarity
 *    (stricter for short quotes), or to be a unique copy of at least
 *    {@link SELF_EVIDENT_QUOTE_LENGTH} characters. When many copies exist and
 *    no context matches, none is picked: "nearest" would be a guess;
 * 3. approximate matches (windows around likely spots first, whole text only if
 *    no verbatim copy exists) must pass the quote-similarity and combined-score
 *    thresholds → 'fuzzy'. A fuzzy contender beats a weak verbatim one when its
 *    combined score is higher: an in-place edited passage with intact
 *    surroundings is better evidence than an identical copy in foreign ones;
 * 4. otherwise 'orphaned' — preferred to any doubtful attachment.
 */
export function reanchor(text: string, anchor: Anchor): AnchorResult {
  return reanchorWith(text, anchor, new Map())
}

/**
 * {@link reanchor} for many highlights of one document. Results equal mapping
 * `reanchor`; identical quotes (e.g. the same name highlighted several times)
 * share one occurrence scan.
 */
export function reanchorAll(text: string, anchors: Anchor[]): AnchorResult[] {
  const cache: OccurrenceCache = new Map()
  return anchors.map((anchor) => reanchorWith(text, anchor, cache))
}

function reanchorWith(text: string, anchor: Anchor, cache: OccurrenceCache): AnchorResult {
  const { quote, position } = anchor
  const length = quote.exact.length
  if (length === 0) return orphaned(anchor)

  if (
    position.end - position.start === length &&
    text.startsWith(quote.exact, position.start) &&
    hasIntactContext(text, position.start, position.end, quote)
  ) {
    return found(text, 'exact', position.start, position.end, 1)
  }

  let occurrences = cache.get(quote.exact)
  if (occurrences === undefined) {
    occurrences = findOccurrences(text, quote.exact)
    cache.set(quote.exact, occurrences)
  }

  const verbatim = bestVerbatim(text, anchor, occurrences)
  if (verbatim && verbatim.prefixSimilarity === 1 && verbatim.suffixSimilarity === 1) {
    return foundVerbatim(text, anchor, verbatim)
  }
  const verbatimOk = verbatim !== null && acceptsVerbatim(verbatim, length, occurrences.length)

  let fuzzy: ScoredCandidate | null = null
  if (length >= MIN_FUZZY_QUOTE_LENGTH) {
    fuzzy = bestAcceptableFuzzy(findFuzzyCandidates(text, anchor, 'windows'), length)
    // A whole-text search would only report the verbatim copies again (they
    // have zero errors and the search keeps just the best), so it is only worth
    // running when there are none.
    if (fuzzy === null && occurrences.length === 0) {
      fuzzy = bestAcceptableFuzzy(findFuzzyCandidates(text, anchor, 'whole-text'), length)
    }
  }

  if (verbatimOk && (fuzzy === null || verbatim.score >= fuzzy.score - SCORE_EPSILON)) {
    return foundVerbatim(text, anchor, verbatim)
  }
  if (fuzzy !== null) {
    // Zero errors means a verbatim copy that only the fuzzy scoring accepted.
    if (fuzzy.errors === 0) return foundVerbatim(text, anchor, fuzzy)
    return found(text, 'fuzzy', fuzzy.start, fuzzy.end, fuzzy.score)
  }
  return orphaned(anchor)
}

// Context decides between identical copies; distance only breaks ties, so a
// paragraph moved far away still beats a nearby copy in foreign surroundings.
function bestVerbatim(text: string, anchor: Anchor, occurrences: number[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null
  for (const start of occurrences) {
    const candidate = scoreCandidate(text, anchor, start, start + anchor.quote.exact.length, 0)
    if (
      best === null ||
      candidate.contextSimilarity > best.contextSimilarity + SCORE_EPSILON ||
      (candidate.contextSimilarity >= best.contextSimilarity - SCORE_EPSILON && candidate.distance < best.distance)
    ) {
      best = candidate
    }
    if (best.contextSimilarity === 1 && best.distance === 0) break
  }
  return best
}

function acceptsVerbatim(candidate: ScoredCandidate, length: number, occurrenceCount: number): boolean {
  if (!hasBothSidesIfShort(candidate, length)) return false
  const minContext = length < MIN_FUZZY_QUOTE_LENGTH ? MIN_MOVED_CONTEXT_SHORT : MIN_MOVED_CONTEXT
  if (candidate.contextSimilarity >= minContext - SCORE_EPSILON) return true
  return occurrenceCount === 1 && length >= SELF_EVIDENT_QUOTE_LENGTH
}

function hasBothSidesIfShort(candidate: ScoredCandidate, length: number): boolean {
  if (length >= SHORT_QUOTE_LENGTH) return true
  const weakerSide = Math.min(candidate.prefixSimilarity, candidate.suffixSimilarity)
  return weakerSide >= MIN_SHORT_QUOTE_CONTEXT_SIDE - SCORE_EPSILON
}

function bestAcceptableFuzzy(candidates: ScoredCandidate[], length: number): ScoredCandidate | null {
  const minQuote = minQuoteSimilarity(length)
  const minScore = length < SHORT_QUOTE_LENGTH ? MIN_COMBINED_SCORE_SHORT : MIN_COMBINED_SCORE
  let best: ScoredCandidate | null = null
  for (const candidate of candidates) {
    if (candidate.quoteSimilarity < minQuote - SCORE_EPSILON) continue
    if (candidate.score < minScore - SCORE_EPSILON) continue
    if (!hasBothSidesIfShort(candidate, length)) continue
    if (
      best === null ||
      candidate.score > best.score + SCORE_EPSILON ||
      (candidate.score >= best.score - SCORE_EPSILON && candidate.distance < best.distance)
    ) {
      best = candidate
    }
  }
  return best
}

function foundVerbatim(text: string, anchor: Anchor, candidate: ScoredCandidate): AnchorResult {
  const status = candidate.start === anchor.position.start && candidate.end === anchor.position.end ? 'exact' : 'moved'
  return found(text, status, candidate.start, candidate.end, 1)
}

function found(text: string, status: AnchorStatus, start: number, end: number, score: number): AnchorResult {
  return { status, position: { start, end }, quote: quoteAt(text, start, end), score: status === 'fuzzy' ? score : 1 }
}

function orphaned(anchor: Anchor): AnchorResult {
  return { status: 'orphaned', position: null, quote: anchor.quote, score: 0 }
}
