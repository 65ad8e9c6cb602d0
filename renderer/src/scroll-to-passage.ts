import type { TextRange } from '../../preload/contract'
import { TextMap } from './highlights/text-map'

/** Where the passage's first line lands: a third down, so what precedes it stays in view. */
const FROM_TOP = 1 / 3

/**
 * Scrolls the reader so a passage (canonical offsets) is in view. Paragraphs
 * off screen are laid out lazily (content-visibility), so the position is
 * checked once more after the first scroll has rendered them.
 */
export function scrollToPassage(scroller: HTMLElement, article: Element, passage: TextRange): void {
  const adjust = () => {
    const range = new TextMap(article).rangeFor(passage.start, passage.end)
    if (!range) return 0
    const rect = range.getBoundingClientRect()
    const box = scroller.getBoundingClientRect()
    const delta = rect.top - box.top - box.height * FROM_TOP
    scroller.scrollTop += delta
    return delta
  }
  if (Math.abs(adjust()) > 0) requestAnimationFrame(() => adjust())
}
