import type { HighlightView, TextRange } from '../../../preload/contract'
import { HIGHLIGHT_COLORS, type HighlightColor } from './highlight-colors'
import { overlapRanges } from './overlap-ranges'
import { TextMap } from './text-map'

/** Names of the reader's entries in `CSS.highlights`; highlights.css gives each its `::highlight()` style. */
export const PAINT = {
  color: (color: HighlightColor) => `exz-${color}`,
  /** Where two or more highlights overlap: a little more ink, as with real highlighters. */
  overlap: 'exz-overlap',
  /** Found in changed text and not yet confirmed. */
  review: 'exz-review',
  /** A passage just opened from the notebook, for a moment. */
  flash: 'exz-flash',
  /** The selection the popover is about, kept visible while focus is in the popover. */
  pending: 'exz-pending',
} as const

/** What the reader paints over its text, all in canonical offsets. */
export interface PaintLayers {
  highlights: readonly HighlightView[]
  /** The selection the popover is about. */
  pending: TextRange | null
  /** A passage just opened from the notebook. */
  flash: TextRange | null
}

// Later layers paint over earlier ones.
const LAYERS = [...HIGHLIGHT_COLORS.map(PAINT.color), PAINT.overlap, PAINT.review, PAINT.pending, PAINT.flash]

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

/**
 * Replaces the reader's entries in `CSS.highlights` with ranges over the
 * article as it is rendered now. The ranges point at text nodes, so this must
 * run again whenever the reader re-renders its text (see useHighlightPainter).
 */
export function paintHighlights(article: Element, layers: PaintLayers): void {
  if (!supported()) return
  const map = new TextMap(article)
  const ranges = new Map<string, Range[]>()
  const add = (name: string, range: TextRange) => {
    const list = ranges.get(name) ?? []
    list.push(...map.rangesFor(range.start, range.end))
    ranges.set(name, list)
  }
  const shown: TextRange[] = []
  for (const h of layers.highlights) {
    if (!h.range) continue
    shown.push(h.range)
    add(PAINT.color(h.color), h.range)
    if (h.status === 'fuzzy') add(PAINT.review, h.range)
  }
  for (const overlap of overlapRanges(shown)) add(PAINT.overlap, overlap)
  if (layers.pending) add(PAINT.pending, layers.pending)
  if (layers.flash) add(PAINT.flash, layers.flash)

  LAYERS.forEach((name, priority) => {
    const list = ranges.get(name)
    if (!list?.length) {
      CSS.highlights.delete(name)
      return
    }
    const highlight = new Highlight(...list)
    highlight.priority = priority
    CSS.highlights.set(name, highlight)
  })
}

/** Removes everything the reader painted (no document open). */
export function clearHighlights(): void {
  if (!supported()) return
  for (const name of LAYERS) CSS.highlights.delete(name)
}
