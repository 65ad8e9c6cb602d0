/**
 * Characters of context stored on each side of a highlighted passage.
 * 32 is enough to tell apart repeated phrases in running prose while staying
 * within one machine word for the bit-parallel edit distance used to compare it.
 */
export const CONTEXT_LENGTH = 32

/** W3C Web Annotation TextPositionSelector: UTF-16 code-unit offsets into canonical text, end exclusive. */
export interface TextPositionSelector {
  start: number
  end: number
}

/**
 * W3C Web Annotation TextQuoteSelector: the passage text plus up to
 * {@link CONTEXT_LENGTH} characters of context each side (fewer only at the text edges).
 */
export interface TextQuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

/**
 * How a highlight was found again in a (possibly changed) document:
 * - `exact`: same text at the same offsets;
 * - `moved`: same text, different offsets;
 * - `fuzzy`: slightly different text, accepted by the similarity thresholds;
 * - `orphaned`: not found with enough confidence.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned'

/** What a highlight stores to find its passage again: both selectors, as in the W3C model. */
export interface Anchor {
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/** Outcome of re-anchoring one highlight against a document text. */
export interface AnchorResult {
  status: AnchorStatus
  /** New offsets; `null` when orphaned. */
  position: TextPositionSelector | null
  /** Re-read from the new text for exact/moved/fuzzy (so it can be stored back); unchanged when orphaned. */
  quote: TextQuoteSelector
  /** 1 for exact/moved, the combined similarity (0..1) for fuzzy, 0 for orphaned. */
  score: number
}
