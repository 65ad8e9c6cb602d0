export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

const MARGIN = 8

/**
 * Where a floating box goes: under the anchor, or over it when there is no
 * room below; horizontally centred on it and kept inside the viewport.
 */
export function placeFloating(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8): { top: number; left: number } {
  const below = anchor.bottom + gap
  const above = anchor.top - gap - size.height
  const top = below + size.height <= viewport.height - MARGIN || above < MARGIN ? below : above
  const centre = (anchor.left + anchor.right) / 2
  const left = Math.min(Math.max(MARGIN, centre - size.width / 2), Math.max(MARGIN, viewport.width - size.width - MARGIN))
  return { top: Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN)), left }
}
