import { memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import type { DocumentView, TextRange } from '../../preload/contract'
import { ProblemNotice } from './controls/problem-notice'
import { fileName, formatDate, formatWords } from './format'
import { BLOCK_ATTR } from './highlights/text-map'
import { firstRangeEndingAfter, segment } from './marked-text'
import { MatchBar } from './match-bar'
import { scrollToPassage } from './scroll-to-passage'

export interface ReaderHandle {
  step(direction: 1 | -1): void
}

/**
 * Asks the reader to show the match at (or after) `offset` once the document's
 * matches are in — or, with `passage`, that passage itself (a highlight).
 */
export interface JumpTarget {
  id: string
  offset: number
  passage?: TextRange
  /** Changes on every request, so the same passage can be asked for twice. */
  nonce: number
}

interface ReaderViewProps {
  ref?: Ref<ReaderHandle>
  doc: DocumentView | null
  loading: boolean
  error: string | null
  /** The active query ('' when none). */
  query: string
  /** Match ranges for `query` in `doc` (sorted); null while unknown. */
  matches: TextRange[] | null
  jump: JumpTarget | null
  /** Receives the article element (the highlights layer paints and hit-tests on it). */
  articleRef?: Ref<HTMLElement>
  /** Shown above the text, e.g. the re-attach instructions. */
  banner?: ReactNode
}

type ScrollRequest = { to: 'top' } | { to: 'match'; index: number } | { to: 'passage'; range: TextRange }

interface Block {
  start: number
  end: number
  /** Matches overlapping this block, and the index of the first of them in the full list. */
  ranges: TextRange[]
  firstMatch: number
}

/** Distributes sorted match ranges over the paragraphs in one pass. */
function blocks(paragraphs: TextRange[], matches: TextRange[] | null): Block[] {
  const ranges = matches ?? []
  let i = 0
  return paragraphs.map((paragraph) => {
    while (i < ranges.length && ranges[i]!.end <= paragraph.start) i++
    let j = i
    while (j < ranges.length && ranges[j]!.start < paragraph.end) j++
    return { start: paragraph.start, end: paragraph.end, ranges: ranges.slice(i, j), firstMatch: i }
  })
}

export function ReaderView({ ref, doc, loading, error, query, matches, jump, articleRef, banner }: ReaderViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [current, setCurrent] = useState(0)
  // Set when the next render should bring the current match (or a passage) into view.
  const pendingScroll = useRef<ScrollRequest | null>(null)
  // The passage request already shown: later match updates go back to following matches.
  const shownPassage = useRef(-1)
  const count = matches?.length ?? 0

  const goTo = (index: number) => {
    if (count === 0) return
    const wrapped = ((index % count) + count) % count
    setCurrent(wrapped)
    pendingScroll.current = { to: 'match', index: wrapped }
  }

  useImperativeHandle(ref, () => ({ step: (direction) => goTo(current + direction) }))

  // A new document: start at the top (matches, when they come, move the view).
  useLayoutEffect(() => {
    setCurrent(0)
    pendingScroll.current = { to: 'top' }
  }, [doc])

  // New matches (another document or query) or a jump request: go to the wanted match or passage.
  useLayoutEffect(() => {
    if (!doc) return
    const here = jump && jump.id === doc.id ? jump : null
    const target = matches?.length ? (here ? Math.min(matches.length - 1, firstRangeEndingAfter(matches, here.offset)) : 0) : -1
    if (target >= 0) setCurrent(target)
    if (here?.passage && shownPassage.current !== here.nonce) pendingScroll.current = { to: 'passage', range: here.passage }
    else if (target >= 0) pendingScroll.current = { to: 'match', index: target }
  }, [doc, matches, jump])

  useEffect(() => {
    const request = pendingScroll.current
    if (!request || !scrollRef.current) return
    if (request.to === 'top') {
      scrollRef.current.scrollTop = 0
      pendingScroll.current = null
      return
    }
    if (request.to === 'passage') {
      const article = scrollRef.current.querySelector('article')
      if (article) scrollToPassage(scrollRef.current, article, request.range)
      pendingScroll.current = null
      if (jump?.passage) shownPassage.current = jump.nonce
      return
    }
    const mark = scrollRef.current.querySelector<HTMLElement>(`mark[data-match="${request.index}"]`)
    if (mark) {
      mark.scrollIntoView({ block: 'center', inline: 'nearest' })
      pendingScroll.current = null
    }
  })

  const layout = useMemo(() => (doc ? blocks(doc.paragraphs, matches) : []), [doc, matches])

  if (!doc) {
    return (
      <main className="pane pane--reader" aria-label="Reader">
        <div className="reader-placeholder" data-testid="reader" aria-busy={loading}>
          {error ? (
            <ProblemNotice>This document could not be opened: {error}</ProblemNotice>
          ) : loading ? (
            <p className="reader-placeholder__text">Opening…</p>
          ) : (
            <>
              <p className="reader-placeholder__title">Nothing open yet</p>
              <p className="reader-placeholder__text">Choose a document on the left, or search the corpus with Ctrl+K.</p>
            </>
          )}
        </div>
      </main>
    )
  }

  // The title line is shown as the heading, not twice. Scraped pages put things above it (a
  // dateline, a kicker, a cookie banner, which main skipped when it chose the title): those lines
  // stay where they are in the text, small and muted, so offsets and selections keep their order.
  const titleAt = layout.slice(0, FRONT_BLOCKS).findIndex((b) => doc.text.slice(b.start, b.end).trim() === doc.title.trim())
  const titleBlock = titleAt >= 0 ? layout[titleAt]! : null
  const front = titleAt > 0 ? layout.slice(0, titleAt) : []
  const body = titleBlock ? layout.slice(titleAt + 1) : layout

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && count > 0 && !event.nativeEvent.isComposing) {
      event.preventDefault()
      goTo(current + (event.shiftKey ? -1 : 1))
    }
  }

  return (
    <main className="pane pane--reader" aria-label="Reader">
      {banner}
      {query && <MatchBar query={query} count={matches === null ? null : count} current={current} onStep={(direction) => goTo(current + direction)} />}
      <div className="pane__scroll reader-scroll" ref={scrollRef}>
        <article ref={articleRef} className="reader" data-testid="reader" data-doc-id={doc.id} tabIndex={0} aria-label={`Reading: ${doc.title}`} onKeyDown={onKeyDown}>
          <header className="reader__header">
            {front.length > 0 && (
              <div className="reader__front" data-testid="reader-front">
                {front.map((block) => (
                  <p key={block.start} className="reader__front-line" {...BLOCK_PROPS} data-start={block.start}>
                    <Marked text={doc.text.slice(block.start, block.end)} block={block} current={current} />
                  </p>
                ))}
              </div>
            )}
            <h1 className="reader__title" data-testid="reader-title" data-start={titleBlock?.start} {...(titleBlock ? BLOCK_PROPS : {})}>
              {titleBlock ? <Marked text={doc.text.slice(titleBlock.start, titleBlock.end)} block={titleBlock} current={current} /> : doc.title}
            </h1>
            <p className="reader__meta">
              {doc.date && (
                <>
                  <time dateTime={doc.date}>{formatDate(doc.date)}</time>
                  <span aria-hidden="true"> · </span>
                </>
              )}
              <span title={doc.path}>{fileName(doc.path)}</span>
              <span aria-hidden="true"> · </span>
              <span>{doc.encoding}</span>
              <span aria-hidden="true"> · </span>
              <span>{formatWords(doc.words)}</span>
            </p>
          </header>
          {body.length === 0 && <p className="reader__empty">This document has no text.</p>}
          {body.map((block) => (
            <Paragraph key={block.start} text={doc.text.slice(block.start, block.end)} block={block} current={inBlock(block, current) ? current : -1} />
          ))}
        </article>
      </div>
    </main>
  )
}

const BLOCK_PROPS = { [BLOCK_ATTR]: '' }
/** How far down the title line is looked for (a banner above it rarely runs longer). */
const FRONT_BLOCKS = 30

function inBlock(block: Block, index: number): boolean {
  return index >= block.firstMatch && index < block.firstMatch + block.ranges.length
}

/** One paragraph; re-renders only when its text, its matches or its current match change. */
const Paragraph = memo(function Paragraph({ text, block, current }: { text: string; block: Block; current: number }) {
  // BLOCK_ATTR marks a text block the highlights layer maps offsets in (see highlights/text-map.ts).
  return (
    <p className="reader__paragraph" {...BLOCK_PROPS} data-start={block.start}>
      <Marked text={text} block={block} current={current} />
    </p>
  )
})

function Marked({ text, block, current }: { text: string; block: Block; current: number }) {
  if (block.ranges.length === 0) return <>{text.replace(/\n/g, ' ')}</>
  return (
    <>
      {segment(text, block.start, block.ranges, block.firstMatch).map((part) =>
        part.match >= 0 ? (
          <mark
            key={part.start}
            className={`reader-mark${part.match === current ? ' is-current' : ''}`}
            data-testid="reader-mark"
            data-match={part.match}
            data-start={part.start}
            aria-current={part.match === current ? 'true' : undefined}
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  )
}
