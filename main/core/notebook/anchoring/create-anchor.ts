import { CONTEXT_LENGTH } from './anchor-types'
import type { Anchor, TextQuoteSelector } from './anchor-types'

/**
 * Builds the quote selector for `text[start, end)`: the passage plus up to
 * {@link CONTEXT_LENGTH} characters each side (fewer at the text edges).
 * Assumes a valid range; used both for new anchors and to refresh re-anchored ones.
 */
export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  }
}

/**
 * Creates an anchor (position + quote selectors) for a selection in canonical text.
 *
 * @throws RangeError when the offsets are not integers within the text, the
 * range is empty or reversed, a boundary splits a surrogate pair, or the
 * selection is whitespace only (nothing to re-find later).
 */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`anchor offsets must be integers (got ${start}, ${end})`)
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid anchor range [${start}, ${end}) for text of length ${text.length}`)
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`anchor range [${start}, ${end}) splits a surrogate pair`)
  }
  const quote = quoteAt(text, start, end)
  if (quote.exact.trim() === '') {
    throw new RangeError('cannot anchor a whitespace-only selection')
  }
  return { position: { start, end }, quote }
}

// A highlight boundary between a high and a low surrogate would cut an emoji or
// rare CJK character in half and could never be rendered or exported cleanly.
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}
