import { useCallback, useState } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from './highlight-colors'

/** The colour and tags of the last highlight made: the next one (and the H key) starts from them. */
export interface HighlightStyle {
  color: HighlightColor
  tags: string[]
}

/** Per corpus: tags are names in one notebook, and another corpus has other tags. */
const keyFor = (corpusRoot: string) => `exzerpt.lastHighlightStyle:${corpusRoot}`

function load(key: string): HighlightStyle | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(key) ?? 'null') as Partial<HighlightStyle> | null
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
export function useLastStyle(corpusRoot: string): [HighlightStyle | null, (style: HighlightStyle) => void] {
  const key = keyFor(corpusRoot)
  const [stored, setStored] = useState(() => ({ key, style: load(key) }))
  // Another corpus opened: its own last style.
  const current = stored.key === key ? stored : { key, style: load(key) }
  if (current !== stored) setStored(current)
  const remember = useCallback(
    (next: HighlightStyle) => {
      setStored({ key, style: next })
      try {
        window.localStorage.setItem(key, JSON.stringify(next))
      } catch {
        // Storage full or unavailable: the style is still kept for this session.
      }
    },
    [key],
  )
  return [current.style, remember]
}
