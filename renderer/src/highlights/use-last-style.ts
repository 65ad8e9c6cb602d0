import { useCallback, useState } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from './highlight-colors'

/** The colour and tags of the last highlight made: the next one (and the H key) starts from them. */
export interface HighlightStyle {
  color: HighlightColor
  tags: string[]
}

const KEY = 'exzerpt.lastHighlightStyle'

function load(): HighlightStyle | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<HighlightStyle> | null
    if (!raw) return null
    const color = HIGHLIGHT_COLORS.find((c) => c === raw.color) ?? 'yellow'
    const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : []
    return { color, tags }
  } catch {
    return null
  }
}

/**
 * Remembered across restarts in the renderer's storage: a preference of this
 * window, not notebook data. Null until the first highlight is made.
 */
export function useLastStyle(): [HighlightStyle | null, (style: HighlightStyle) => void] {
  const [style, setStyle] = useState(load)
  const remember = useCallback((next: HighlightStyle) => {
    setStyle(next)
    try {
      window.localStorage.setItem(KEY, JSON.stringify(next))
    } catch {
      // Storage full or unavailable: the style is still kept for this session.
    }
  }, [])
  return [style, remember]
}
