import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { HighlightView, TagView, TextRange } from '../../../preload/contract'
import { tagKey } from '../../../main/core/notebook/tags/tag-names'
import { pendingSaves, type PendingSave } from '../editor/pending-saves'
import { HighlightPopover, type NewHighlightStyle } from './highlight-popover'
import { HoverCard } from './hover-card'
import type { PaintLayers } from './paint-highlights'
import type { Box } from './place-floating'
import { draftHasContent, emptyDraft, type PopoverDraft } from './popover-draft'
import { ReattachPopover } from './reattach-popover'
import { textMapOf } from './text-map-cache'
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
  /** The open document's canonical text (what a selection covers is shown from it). */
  text: string
  /** The open corpus's folder: the last colour and tags are remembered per corpus. */
  corpusRoot: string
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

/** The selection's text as the notebook will store it: canonical, white space at the ends trimmed (as main does). */
export function selectedText(text: string, range: TextRange): string {
  return text.slice(range.start, range.end).trim().replace(/\s*\n\s*/g, ' ')
}

/**
 * Everything the reader shows on top of its text: painted highlights, the
 * popover for a new selection (or for re-attaching), and hover cards.
 */
export function ReaderAnnotations(props: ReaderAnnotationsProps) {
  const { article, docId, text, corpusRoot, highlights, tags, writable, flash, reattaching, onCreate, onReattach, onOpenHighlight } = props
  const { selection, clear } = useReaderSelection(article, docId, writable)
  const [lastStyle, rememberStyle] = useLastStyle(corpusRoot)
  const [flashing, setFlashing] = useState<TextRange | null>(null)
  const [draft, setDraft] = useState<PopoverDraft>(() => emptyDraft(lastStyle?.color ?? 'yellow'))
  // The selection the draft was started on: a draft with content follows a new selection.
  const [draftFor, setDraftFor] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const draftRef = useRef(draft)
  draftRef.current = draft

  useEffect(() => {
    if (!flash || flash.docId !== docId) return
    setFlashing(flash.range)
    const timer = window.setTimeout(() => setFlashing(null), FLASH_MS)
    return () => window.clearTimeout(timer)
  }, [flash, docId])

  // A new selection: a draft with nothing in it starts afresh; one with tags or a note moves along.
  const selectionId = selection?.id ?? null
  useEffect(() => {
    if (selectionId === null) {
      setDraftFor(null)
      return
    }
    if (!draftHasContent(draftRef.current)) {
      setDraft(emptyDraft(lastStyle?.color ?? 'yellow'))
      setDraftFor(selectionId)
    }
    setAnnouncement(reattaching ? 'Attach the highlight here? Enter attaches, Esc chooses again.' : 'Highlight the selection: H highlights at once, T adds tags, N a note, Enter saves, Esc closes.')
  }, [selectionId])

  const layers: PaintLayers = useMemo(() => ({ highlights, pending: selection?.range ?? null, flash: flashing }), [highlights, selection, flashing])
  useHighlightPainter(article, layers)
  const hover = useHighlightHover(selection ? null : article, highlights, onOpenHighlight)

  // Where the popover attaches: the selection's last line; null (hidden) once it is scrolled out of the reader.
  const anchor = useCallback((): Box | null => {
    if (!article || !selection) return null
    const rects = textMapOf(article).rangeFor(selection.range.start, selection.range.end)?.getClientRects()
    const first = rects?.[0]
    const last = rects?.[rects.length - 1]
    if (!first || !last) return null
    const view = (article.closest('.reader-scroll') ?? article).getBoundingClientRect()
    if (last.bottom < view.top || first.top > view.bottom) return null
    return { top: Math.max(first.top, view.top), bottom: Math.min(last.bottom, view.bottom), left: last.left, right: last.right }
  }, [article, selection])

  // After the popover goes, typing goes on in the reader (not in the void of <body>).
  const refocusReader = () => {
    const active = document.activeElement
    if (article && (!active || active === document.body || active.closest('.floating'))) article.focus({ preventScroll: true })
  }
  const close = () => {
    refocusReader()
    setDraft(emptyDraft(lastStyle?.color ?? draft.color))
    clear()
  }
  const done = () => {
    window.getSelection()?.removeAllRanges()
    close()
  }

  const save = async (style: NewHighlightStyle) => {
    if (!selection) return
    await onCreate(selection, style)
    rememberStyle({ color: style.color, tags: style.tags })
    done()
  }
  // While the popover holds tags or a note, closing the window saves them as the highlight.
  const saveRef = useRef(save)
  saveRef.current = save
  const hasDraft = selection !== null && !reattaching && draftHasContent(draft)
  useEffect(() => {
    if (!hasDraft) return
    const pending: PendingSave = {
      flush: () => saveRef.current({ color: draftRef.current.color, tags: draftRef.current.tags, note: draftRef.current.note }).catch(() => {}),
      get dirty() {
        return draftHasContent(draftRef.current)
      },
      problem: null,
      subscribe: () => () => {},
    }
    return pendingSaves.register(pending)
  }, [hasDraft])

  // Tags remembered from the last highlight may have been renamed or deleted since.
  const known = new Set(tags.map((t) => tagKey(t.name)))
  const last = lastStyle && { color: lastStyle.color, tags: lastStyle.tags.filter((name) => known.has(tagKey(name))) }

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selection ? announcement : ''}
      </p>
      {selection && reattaching && (
        <ReattachPopover
          key={selection.id}
          selectionId={selection.id}
          quote={selectedText(text, selection.range)}
          reader={article}
          anchor={anchor}
          onAttach={async () => {
            await onReattach(selection)
            done()
          }}
          onDismiss={close}
        />
      )}
      {selection && !reattaching && (
        <HighlightPopover
          selectionId={selection.id}
          reader={article}
          anchor={anchor}
          tags={tags}
          last={last}
          draft={draft}
          onDraftChange={setDraft}
          carried={draftFor !== null && draftFor !== selection.id}
          onSave={save}
          onDismiss={close}
        />
      )}
      {hover && <HoverCard hover={hover} tags={tags} />}
    </>
  )
}
