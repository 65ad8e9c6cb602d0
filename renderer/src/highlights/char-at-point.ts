import { textMapOf } from './text-map-cache'

/** Pixels of slack around a character box: a pointer on the very edge of a glyph still counts. */
const SLACK = 1

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y)
    return position ? { node: position.offsetNode, offset: position.offset } : null
  }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? { node: range.startContainer, offset: range.startOffset } : null
}

function covers(range: Range | null, x: number, y: number): boolean {
  if (!range) return false
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK) return true
  }
  return false
}

/**
 * The canonical offset of the character under a point in the reader, or null
 * when the point is not over reader text. The Custom Highlight API gives painted
 * ranges no events, so hovering and clicking highlights starts here.
 */
export function charAtPoint(article: Element, x: number, y: number): number | null {
  const caret = caretAt(x, y)
  if (!caret || !article.contains(caret.node)) return null
  const map = textMapOf(article)
  const offset = map.offsetOf(caret.node, caret.offset, 'forward')
  if (offset === null) return null
  // The caret sits between two characters: the one under the pointer is on one side of it.
  // Checking its box also rejects points past the end of a line or in the margins.
  if (covers(map.rangeFor(offset, offset + 1), x, y)) return offset
  if (offset > 0 && covers(map.rangeFor(offset - 1, offset), x, y)) return offset - 1
  return null
}
