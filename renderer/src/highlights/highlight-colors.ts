import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../preload/contract'

export { HIGHLIGHT_COLORS, type HighlightColor }

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
