import { useCallback, useEffect, useState } from 'react'
import type { TextRange } from '../../../preload/contract'
import { textMapOf } from './text-map-cache'

/** A selection in the reader, as canonical offsets of the open document. */
export interface ReaderSelection {
  docId: string
  range: TextRange
  /** Changes with every new selection. */
  id: number
}

let nextId = 0

/** The current window selection clipped to the article, in canonical offsets; null when it covers no reader text. */
export function readSelection(article: HTMLElement, docId: string): ReaderSelection | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0).cloneRange()
  if (!range.intersectsNode(article)) return null
  // A drag that ran out of the reader (into a pane) keeps the part inside it.
  if (!article.contains(range.startContainer)) range.setStart(article, 0)
  if (!article.contains(range.endContainer)) range.setEnd(article, article.childNodes.length)
  const offsets = textMapOf(article).offsetsOf(range)
  return offsets ? { docId, range: offsets, id: ++nextId } : null
}

/**
 * Follows selections made in the reader (mouse, or keyboard with caret
 * browsing) and keeps the last one until it is used or dismissed — focus
 * moving into the popover would otherwise lose it.
 */
export function useReaderSelection(article: HTMLElement | null, docId: string | null, enabled: boolean): { selection: ReaderSelection | null; clear(): void } {
  const [selection, setSelection] = useState<ReaderSelection | null>(null)

  useEffect(() => {
    setSelection(null)
    if (!article || !docId || !enabled) return
    let timer = 0
    const check = (event: Event) => {
      // Clicks in the popover itself leave the selection it is about alone.
      if (event.target instanceof Element && event.target.closest('.floating')) return
      window.clearTimeout(timer)
      // After the browser has finished updating the selection for this event.
      timer = window.setTimeout(() => {
        const next = readSelection(article, docId)
        if (next) setSelection((prev) => (prev && prev.docId === next.docId && prev.range.start === next.range.start && prev.range.end === next.range.end ? prev : next))
      }, 0)
    }
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') check(event)
    }
    document.addEventListener('mouseup', check)
    article.addEventListener('keyup', onKeyUp)
    return () => {
      window.clearTimeout(timer)
      document.removeEventListener('mouseup', check)
      article.removeEventListener('keyup', onKeyUp)
    }
  }, [article, docId, enabled])

  const clear = useCallback(() => setSelection(null), [])
  return { selection, clear }
}
