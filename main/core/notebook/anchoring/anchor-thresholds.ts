/*
 * Tuning of re-anchoring. Guiding rule: a wrong attachment is worse than an
 * orphan (an orphan is visible and can be re-attached by hand; a highlight that
 * silently jumps to another sentence corrupts the user's notes). Every threshold
 * below errs on the side of orphaning. Values were checked against the German
 * news corpus, whose formulaic sentences ("Der russische Präsident Wladimir
 * Putin …") are the worst case for look-alike matches, and against the
 * property tests next to this file.
 *
 * Reference point, measured on the corpus (100,000 random pairs of unrelated
 * positions, context compared as in score-candidate, i.e. open-ended so that
 * insertions next to the passage are cheap): context similarity mean 0.24,
 * 99th percentile 0.41, 99.9th 0.53. Intact context scores 1; text inserted
 * right next to a passage costs 1/32 per character. The examples below use a
 * pessimistic 0.4 for "unrelated" context.
 */

/**
 * Weights of the combined fuzzy score (sum 1). The quote itself carries half:
 * it is what the user marked. Each context side gets 0.2 so that a look-alike
 * sentence elsewhere (unrelated context ≤ 0.4 each) loses ≥ 0.24 against the true
 * location and cannot reach {@link MIN_COMBINED_SCORE} unless its quote is
 * near-identical AND one context side survives. Position only gets 0.1: edits
 * legitimately shift text by whole paragraphs, so distance is a tie-breaker, not
 * evidence.
 */
export const QUOTE_WEIGHT = 0.5
export const PREFIX_WEIGHT = 0.2
export const SUFFIX_WEIGHT = 0.2
export const POSITION_WEIGHT = 0.1

/**
 * Minimum combined score for a fuzzy match. Worked examples (position ≈ 1):
 * - one typo in a 40-char passage, context intact: 0.49 + 0.4 + 0.1 ≈ 0.99 ✓
 * - quote 80 % similar, context intact: 0.4 + 0.4 + 0.1 = 0.9 ✓
 * - identical quote, one context side intact, other unrelated: 0.5 + 0.2 + 0.08 + 0.1 = 0.88 ✓
 * - rewritten sentence vs. a formulaic look-alike (quote 0.8, unrelated context):
 *   0.4 + 0.16 + 0.1 = 0.66 ✗
 * - even an identical quote with both context sides unrelated: 0.5 + 0.16 + 0.1 = 0.76 ✗
 * 0.8 thus demands "quote close AND at least one side of the surroundings
 * recognisable", which is what separates the true spot from look-alikes.
 */
export const MIN_COMBINED_SCORE = 0.8

/**
 * Minimum combined score for fuzzy matches of quotes shorter than
 * {@link SHORT_QUOTE_LENGTH}. A short phrase that recurs in near-identical
 * surroundings (the corpus has "aus einer unzerbrechlichen Bindung zwischen
 * Mitstreitern … eine unzerbrechliche Bindung zwischen Mitstreitern") scores
 * about 0.80 at the wrong copy; an edited short phrase in its own intact
 * context scores ≥ 0.92.
 */
export const MIN_COMBINED_SCORE_SHORT = 0.85

/**
 * Minimum quote similarity (1 − errors / quote length) for quotes of at least
 * {@link SHORT_QUOTE_LENGTH} characters. 0.75 tolerates a reworded
 * clause in a sentence-length highlight but not a rewrite (a paraphrase keeps
 * well under 75 % of the characters aligned). It also bounds the search:
 * maxErrors = floor(length × 0.25).
 */
export const MIN_QUOTE_SIMILARITY = 0.75

/**
 * Quotes shorter than this use {@link MIN_QUOTE_SIMILARITY_SHORT}: in a
 * 20-character phrase 25 % errors is five characters, enough to turn one name
 * or inflected noun phrase into another.
 */
export const SHORT_QUOTE_LENGTH = 32
export const MIN_QUOTE_SIMILARITY_SHORT = 0.85

/**
 * For quotes shorter than {@link SHORT_QUOTE_LENGTH}, a relocated or fuzzy
 * match needs BOTH context sides at least this similar. Short phrases live in
 * formulas ("Zusammenarbeit zwischen Russland und Nordkorea" occurs several
 * times in one article), so one matching side plus a near-identical phrase is
 * exactly what a deleted highlight's look-alike looks like. 0.6 is above the
 * 99.9th percentile of unrelated context (0.53) and still allows ~12
 * characters inserted or changed next to the phrase. The price: a short phrase
 * whose neighbourhood on one side was entirely rewritten is orphaned.
 */
export const MIN_SHORT_QUOTE_CONTEXT_SIDE = 0.6

/**
 * Quotes shorter than this are never matched fuzzily, only exactly. A one-error
 * match on a single word ("Präsident" → "Präsidenten", "Kim" → "Kims") is
 * almost always a different occurrence, not an edited one.
 */
export const MIN_FUZZY_QUOTE_LENGTH = 12

/**
 * Minimum context similarity (mean of prefix and suffix similarity) for taking
 * an identical copy of the quote at another place ('moved'). 0.55 means "at
 * least one side intact" ((1 + 0.24) / 2 ≈ 0.62 with the other side
 * unrelated) or "both sides lightly edited", while two unrelated sides (mean
 * 0.24, rarely both above 0.5) fail — about what an identical quote needs to
 * reach the fuzzy threshold (0.5 + 0.4 × 0.5 + 0.1 = 0.8).
 */
export const MIN_MOVED_CONTEXT = 0.55

/**
 * Stricter context requirement for quotes shorter than
 * {@link MIN_FUZZY_QUOTE_LENGTH}: short words recur everywhere, so their
 * context is the only evidence of identity.
 */
export const MIN_MOVED_CONTEXT_SHORT = 0.7

/**
 * An identical, unique copy at least this long is accepted as 'moved' even
 * when both context sides changed (e.g. new paragraphs inserted above and below
 * a highlighted paragraph). 64 characters of verbatim text is about a full
 * sentence; formulaic phrases ("Der russische Präsident Wladimir Putin", 38)
 * stay below it, and uniqueness is required so an ambiguous copy never wins.
 */
export const SELF_EVIDENT_QUOTE_LENGTH = 64

/**
 * Upper bound on the errors searched for. Myers' search costs O(n · k / 32);
 * capping k keeps very long highlights cheap, at the price that a passage of
 * more than 256 characters with more than 64 edits is orphaned.
 */
export const MAX_FUZZY_ERRORS = 64

/**
 * Context similarity differences below this count as ties (scores are ratios
 * of small integers; the epsilon only absorbs floating-point noise).
 */
export const SCORE_EPSILON = 1e-9
