import { useCallback, useEffect, useMemo, useState } from 'react'
import type { HighlightView, TagView, TextRange } from '../../../preload/contract'
import { HighlightPopover, type NewHighlightStyle } from './highlight-popover'
import { HoverCard } from './hover-card'
import type { PaintLayers } from './paint-highlights'
import type { Box } from './place-floating'
import { ReattachPopover } from './reattach-popover'
import { TextMap } from './text-map'
import { useHighlightHover } from './use-highlight-hover'
import { useHighlightPainter } from './use-highlight-painter'
import { useLastStyle } from './use-last-style'
import { useReaderSelection, type ReaderSelection } from './use-reader-selection'
import './highlights.css'

/** A passage to flash for a moment (changes of `nonce` flash it again). */
export interface FlashRequest {
  docId: string
  range: TextRange
  nonce: number
}

const FLASH_MS = 1600

interface ReaderAnnotationsProps {
  article: HTMLElement | null
  docId: string | null
  /** The open document's highlights (attached ones are painted). */
  highlights: readonly HighlightView[]
  tags: readonly TagView[]
  /** False while the notebook cannot be written (failed to open): no popover then. */
  writable: boolean
  flash: FlashRequest | null
  /** Set while the user picks a new passage for a lost highlight. */
  reattaching: HighlightView | null
  onCreate(selection: ReaderSelection, style: NewHighlightStyle): Promise<void>
  onReattach(selection: ReaderSelection): Promise<void>
  onOpenHighlight(highlight: HighlightView): void
}

/**
 * Everything the reader shows on top of its text: painted highlights, the
 * popover for a new selection (or for re-attaching), and hover cards.
 */
export function ReaderAnnotations(props: ReaderAnnotationsProps) {
  const { article, docId, highlights, tags, writable, flash, reattaching, onCreate, onReattach, onOpenHighlight } = props
  const { selection, clear } = useReaderSelection(article, docId, writable)
  const [lastStyle, rememberStyle] = useLastStyle()
  const [flashing, setFlashing] = useState<TextRange | null>(null)

  useEffect(() => {
    if (!flash || flash.docId !== docId) return
    setFlashing(flash.range)
    const timer = window.setTimeout(() => setFlashing(null), FLASH_MS)
    return () => window.clearTimeout(timer)
  }, [flash, docId])

  const layers: PaintLayers = useMemo(() => ({ highlights, pending: selection?.range ?? null, flash: flashing }), [highlights, selection, flashing])
  useHighlightPainter(article, layers)
  const hover = useHighlightHover(selection ? null : article, highlights, onOpenHighlight)

  const anchor = useCallback((): Box | null => {
    if (!article || !selection) return null
    const rects = new TextMap(article).rangeFor(selection.range.start, selection.range.end)?.getClientRects()
    const first = rects?.[0]
    const last = rects?.[rects.length - 1]
    return first && last ? { top: first.top, bottom: last.bottom, left: last.left, right: last.right } : null
  }, [article, selection])

  const done = () => {
    window.getSelection()?.removeAllRanges()
    clear()
  }

  // Tags remembered from the last highlight may have been renamed or deleted since.
  const known = new Set(tags.map((t) => t.name.toLocaleLowerCase('de')))
  const last = lastStyle && { color: lastStyle.color, tags: lastStyle.tags.filter((name) => known.has(name.toLocaleLowerCase('de'))) }

  return (
    <>
      {selection && reattaching && (
        <ReattachPopover
          key={selection.id}
          selection={selection}
          reader={article}
          anchor={anchor}
          onAttach={async () => {
            await onReattach(selection)
            done()
          }}
          onDismiss={clear}
        />
      )}
      {selection && !reattaching && (
        <HighlightPopover
          key={selection.id}
          selection={selection}
          reader={article}
          anchor={anchor}
          tags={tags}
          last={last}
          onSave={async (style) => {
            await onCreate(selection, style)
            rememberStyle({ color: style.color, tags: style.tags })
            done()
          }}
          onDismiss={clear}
        />
      )}
      {hover && <HoverCard hover={hover} tags={tags} />}
    </>
  )
}
