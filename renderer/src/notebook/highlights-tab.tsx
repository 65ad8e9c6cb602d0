import { useEffect, useRef, useState } from 'react'
import type { DocumentSummary, HighlightView, UndoInfo } from '../../../preload/contract'
import { formatCount } from '../format'
import { HighlightCard } from './highlight-card'
import { HighlightFilters } from './highlight-filters'
import { NO_FILTER, filterDocId, isNarrowed, toQuery, type HighlightFilter } from './highlight-filter'
import { LostPassages } from './lost-passages'
import type { PaneFocus } from './pane-focus'
import { useHighlightList } from './use-highlight-list'
import type { NotebookModel } from './use-notebook'

interface HighlightsTabProps {
  notebook: NotebookModel
  documents: readonly DocumentSummary[]
  openDocId: string | null
  focus: PaneFocus | null
  reattachingId: string | null
  onOpen(highlight: HighlightView): void
  onReattach(highlight: HighlightView): void
  onCancelReattach(): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

/** The highlights list with its filters, the passages to review and the lost ones. */
export function HighlightsTab({ notebook, documents, openDocId, focus, reattachingId, onOpen, onReattach, onCancelReattach, runUndoable }: HighlightsTabProps) {
  const [filter, setFilter] = useState<HighlightFilter>(NO_FILTER)
  const [expanded, setExpanded] = useState<string | null>(null)
  const attached = useHighlightList(toQuery(filter, openDocId, 'attached'), notebook.epoch)
  const orphans = useHighlightList(toQuery(filter, openDocId, 'orphaned'), notebook.epoch)
  const listRef = useRef<HTMLDivElement>(null)
  // A highlight asked for from outside, until it has been shown.
  const wanted = useRef<{ id: string; docId: string; widened: boolean } | null>(null)

  useEffect(() => {
    if (focus?.kind !== 'highlight') return
    wanted.current = { id: focus.id, docId: focus.docId, widened: false }
    setExpanded(focus.id)
  }, [focus])

  useEffect(() => {
    const want = wanted.current
    if (!want || !attached.list || !orphans.list) return
    const listed = [...attached.list.highlights, ...orphans.list.highlights].some((h) => h.id === want.id)
    if (listed) {
      wanted.current = null
      requestAnimationFrame(() => listRef.current?.querySelector(`[data-highlight-id="${CSS.escape(want.id)}"]`)?.scrollIntoView({ block: 'nearest' }))
    } else if (!want.widened) {
      // The filters hide it: show its document, unfiltered.
      want.widened = true
      setFilter((f) => ({ ...NO_FILTER, sort: f.sort, scope: want.docId === openDocId ? 'open' : { docId: want.docId } }))
    } else wanted.current = null
  }, [attached.list, orphans.list, openDocId])

  const highlights = attached.list?.highlights ?? []
  const lost = orphans.list?.highlights ?? []
  const total = attached.list?.total ?? 0
  const docId = filterDocId(filter, openDocId)
  const narrowed = isNarrowed(filter)
  const review = highlights.filter((h) => h.status === 'fuzzy').length
  const error = attached.error ?? orphans.error

  return (
    <div className="pane__scroll notebook__list" ref={listRef}>
      <HighlightFilters filter={filter} onChange={setFilter} documents={documents} openDocId={openDocId} tags={notebook.tags} />
      {error && (
        <p className="notice notice--problem notebook__notice" role="alert">
          {error}
        </p>
      )}
      {attached.list && (highlights.length > 0 || narrowed) && (
        <p className="notebook__count" data-testid="highlight-count" role="status">
          {plural(highlights.length, 'highlight', 'highlights')}
          {narrowed ? ' match' : docId ? ' in this document' : ''}
          {review > 0 && <span className="notebook__review"> · {formatCount(review)} to check</span>}
          {total > highlights.length + lost.length && <span className="notebook__total"> · {formatCount(total)} in the notebook</span>}
          {narrowed && (
            <button type="button" className="link-button notebook__clear" onClick={() => setFilter((f) => ({ ...f, tagIds: [], text: '' }))}>
              Clear filters
            </button>
          )}
        </p>
      )}
      {attached.list && highlights.length === 0 && lost.length === 0 && (
        <p className="notebook__hint">
          {total === 0
            ? 'Select a passage in the reader to highlight it. Tags and notes go with it.'
            : narrowed
              ? 'No highlights match these filters.'
              : docId
                ? 'No highlights in this document yet. Select a passage to start.'
                : 'No highlights yet.'}
        </p>
      )}
      <div className="hl-list">
        {highlights.map((h) => (
          <HighlightCard
            key={h.id}
            highlight={h}
            tags={notebook.tags}
            expanded={expanded === h.id}
            showDocument={docId === undefined}
            onOpen={(target) => {
              setExpanded(target.id)
              onOpen(target)
            }}
            onCollapse={() => setExpanded(null)}
            runUndoable={runUndoable}
          />
        ))}
      </div>
      <LostPassages orphans={lost} reattachingId={reattachingId} onReattach={onReattach} onCancelReattach={onCancelReattach} runUndoable={runUndoable} />
    </div>
  )
}
