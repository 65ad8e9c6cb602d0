import { useEffect, useLayoutEffect, useRef } from 'react'
import { clearHighlights, paintHighlights, type PaintLayers } from './paint-highlights'
import { invalidateTextMap } from './text-map-cache'

/**
 * Keeps the reader's painted highlights in step with its DOM: paints when the
 * layers change, and again after any change to the article's text nodes (search
 * marks arriving split them, which would leave the painted ranges pointing at
 * detached nodes). Repaints are batched to one per frame.
 */
export function useHighlightPainter(article: HTMLElement | null, layers: PaintLayers): void {
  const latest = useRef(layers)
  useLayoutEffect(() => {
    latest.current = layers
  })
  const frame = useRef(0)

  useEffect(() => {
    if (!article) {
      clearHighlights()
      return
    }
    const schedule = () => {
      if (frame.current) return
      frame.current = requestAnimationFrame(() => {
        frame.current = 0
        paintHighlights(article, latest.current)
      })
    }
    const observer = new MutationObserver(() => {
      invalidateTextMap(article)
      schedule()
    })
    observer.observe(article, { childList: true, subtree: true, characterData: true })
    paintHighlights(article, latest.current)
    return () => {
      observer.disconnect()
      invalidateTextMap(article)
      if (frame.current) cancelAnimationFrame(frame.current)
      frame.current = 0
      clearHighlights()
    }
  }, [article])

  useEffect(() => {
    if (article) paintHighlights(article, layers)
  }, [article, layers])
}
