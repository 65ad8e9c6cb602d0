import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { HighlightView } from '../../../preload/contract'
import { charAtPoint } from './char-at-point'

/** The highlights under the pointer, and where the pointer is. */
export interface HoverState {
  highlights: HighlightView[]
  x: number
  y: number
}

/** How long the pointer rests on a highlight before its card shows. */
const SHOW_AFTER_MS = 300

/** Highlights containing a character, innermost (shortest) first. */
export function highlightsAt(highlights: readonly HighlightView[], offset: number): HighlightView[] {
  return highlights
    .filter((h) => h.range && h.range.start <= offset && offset < h.range.end)
    .sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start))
}

/**
 * Hit-tests the painted highlights (they have no DOM events): a pointer
 * resting on one shows its card, a plain click (not the end of a drag) opens it.
 */
export function useHighlightHover(article: HTMLElement | null, highlights: readonly HighlightView[], onOpen: (highlight: HighlightView) => void): HoverState | null {
  const [hover, setHover] = useState<HoverState | null>(null)
  const latest = useRef({ highlights, onOpen })
  useLayoutEffect(() => {
    latest.current = { highlights, onOpen }
  })

  useEffect(() => {
    setHover(null)
    if (!article) return
    let frame = 0
    let timer = 0
    let shownKey = ''
    let pressed = false
    const hitsAt = (x: number, y: number) => {
      const offset = charAtPoint(article, x, y)
      return offset === null ? [] : highlightsAt(latest.current.highlights, offset)
    }
    const hide = () => {
      window.clearTimeout(timer)
      shownKey = ''
      setHover(null)
      article.classList.remove('is-over-highlight')
    }
    const onMove = (event: MouseEvent) => {
      if (pressed || frame) return
      const { clientX: x, clientY: y } = event
      frame = requestAnimationFrame(() => {
        frame = 0
        const hits = hitsAt(x, y)
        if (!hits.length) return hide()
        article.classList.add('is-over-highlight')
        const key = hits.map((h) => h.id).join()
        if (key === shownKey) return
        shownKey = key
        window.clearTimeout(timer)
        setHover(null)
        timer = window.setTimeout(() => setHover({ highlights: hits, x, y }), SHOW_AFTER_MS)
      })
    }
    const onDown = () => {
      pressed = true
      hide()
    }
    const onUp = () => {
      pressed = false
    }
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || !window.getSelection()?.isCollapsed) return
      const hit = hitsAt(event.clientX, event.clientY)[0]
      if (hit) latest.current.onOpen(hit)
    }
    // The text moves away under a resting pointer: the card would point at something else.
    const onScroll = () => hide()
    article.addEventListener('mousemove', onMove)
    article.addEventListener('mouseleave', hide)
    article.addEventListener('wheel', onScroll, { passive: true })
    window.addEventListener('scroll', onScroll, true)
    article.addEventListener('mousedown', onDown)
    document.addEventListener('mouseup', onUp)
    article.addEventListener('click', onClick)
    return () => {
      if (frame) cancelAnimationFrame(frame)
      window.clearTimeout(timer)
      article.removeEventListener('mousemove', onMove)
      article.removeEventListener('mouseleave', hide)
      article.removeEventListener('wheel', onScroll)
      window.removeEventListener('scroll', onScroll, true)
      article.removeEventListener('mousedown', onDown)
      document.removeEventListener('mouseup', onUp)
      article.removeEventListener('click', onClick)
      article.classList.remove('is-over-highlight')
    }
  }, [article])

  return hover
}
