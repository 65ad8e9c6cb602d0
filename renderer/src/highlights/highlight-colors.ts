import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../preload/contract'

export { HIGHLIGHT_COLORS, type HighlightColor }

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

export const COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
}

/** A CSS colour for chrome (swatches, list bars) in the highlight's hue. */
export function swatch(color: HighlightColor): string {
  return `var(--swatch-${color})`
}
