import { useEffect, useRef, useState } from 'react'
import type { DocumentSummary, HighlightQuery, HighlightView, UndoInfo } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { formatCount } from '../format'
import { useDebounced } from '../use-debounced'
import { HighlightCard } from './highlight-card'
import { HighlightFilters } from './highlight-filters'
import { NO_FILTER, filterDocId, isNarrowed, toQuery, type HighlightFilter } from './highlight-query'
import { LostPassages } from './lost-passages'
import { useHighlightList } from './use-highlight-list'
import type { NotebookModel } from './use-notebook'
import { useEpochWhile, useFocusRequest, type PaneFocus } from './use-pane-focus'

interface HighlightsTabProps {
  /** False while the tab is hidden: it keeps its filters and open card but does not refetch. */
  active: boolean
  notebook: NotebookModel
  documents: readonly DocumentSummary[]
  openDocId: string | null
  focus: PaneFocus | null
  reattachingId: string | null
  onOpen(highlight: HighlightView): void
  onReattach(highlight: HighlightView): void
  onCancelReattach(): void
  /** Tells what the list shows now (null once it is gone), for the export's "Current filter". */
  onQueryChange?(query: HighlightQuery | null): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`

/** Typing in the word filter asks main once the typing pauses. */
const WORDS_DEBOUNCE_MS = 250
/** Across all documents a notebook may hold many thousands: the list comes in pages. */
const PAGE = 200

/** The highlights list with its filters, the passages to review and the lost ones. */
export function HighlightsTab({ active, notebook, documents, openDocId, focus, reattachingId, onOpen, onReattach, onCancelReattach, onQueryChange, runUndoable }: HighlightsTabProps) {
  const [filter, setFilter] = useState<HighlightFilter>(NO_FILTER)
  const [expanded, setExpanded] = useState<string | null>(null)
  // Set when the filters were cleared to show a highlight they hid: said once, under the filters.
  const [widenedFor, setWidenedFor] = useState<string | null>(null)
  const words = useDebounced(filter.text, WORDS_DEBOUNCE_MS)
  const [shown, setShown] = useState(PAGE)
  const epoch = useEpochWhile(active, notebook.epochs.highlights)
  const docId = filterDocId(filter, openDocId)
  const paged = docId === undefined
  const asked = { ...filter, text: words }
  // One document: attached and lost highlights in one answer (split below). All documents: a page of
  // the attached ones, and the lost ones (few) on their own.
  const answer = useHighlightList(paged ? toQuery(asked, openDocId, 'attached', shown) : toQuery(asked, openDocId), epoch)
  const lostAnswer = useHighlightList(paged ? toQuery(asked, openDocId, 'orphaned') : null, epoch)
  const listRef = useRef<HTMLDivElement>(null)
  const shownQuery = JSON.stringify(toQuery({ ...filter, text: words }, openDocId, undefined))
  useEffect(() => {
    onQueryChange?.(JSON.parse(shownQuery) as HighlightQuery)
  }, [shownQuery, onQueryChange])
  useEffect(() => () => onQueryChange?.(null), [onQueryChange])
  // A highlight asked for from outside, until it has been shown.
  const wanted = useRef<{ id: string; docId: string; widened: boolean } | null>(null)

  useFocusRequest(focus, (request) => {
    if (request.kind !== 'highlight') return
    wanted.current = { id: request.id, docId: request.docId, widened: false }
    setExpanded(request.id)
  })

  useEffect(() => {
    const want = wanted.current
    if (!want || !answer.list || !answer.current || (paged && !lostAnswer.current)) return
    if ([...answer.list.highlights, ...(lostAnswer.list?.highlights ?? [])].some((h) => h.id === want.id)) {
      wanted.current = null
      requestAnimationFrame(() => listRef.current?.querySelector(`[data-highlight-id="${CSS.escape(want.id)}"]`)?.scrollIntoView({ block: 'nearest' }))
    } else if (!want.widened) {
      // The filters hide it: show its document, unfiltered, and say so.
      want.widened = true
      const scope = want.docId === openDocId ? 'open' : { docId: want.docId }
      if (isNarrowed(filter) || JSON.stringify(filter.scope) !== JSON.stringify(scope)) setWidenedFor(want.id)
      setFilter({ ...NO_FILTER, sort: filter.sort, scope })
    } else wanted.current = null
  }, [answer.list, answer.current, lostAnswer.current, openDocId])

  const listed = answer.list?.highlights ?? []
  const highlights = paged ? listed : listed.filter((h) => h.status !== 'orphaned')
  const lost = paged ? (lostAnswer.list?.highlights ?? []) : listed.filter((h) => h.status === 'orphaned')
  const matched = paged ? (answer.list?.matched ?? 0) : highlights.length
  const total = answer.list?.total ?? 0
  const narrowed = isNarrowed(filter)
  const review = notebook.info?.review ?? 0
  const error = answer.error ?? lostAnswer.error
  const changeFilter = (next: HighlightFilter) => {
    setWidenedFor(null)
    setShown(PAGE)
    setFilter(next)
  }

  return (
    <div className="pane__scroll notebook__list" ref={listRef}>
      <HighlightFilters filter={filter} onChange={changeFilter} documents={documents} openDocId={openDocId} tags={notebook.tags} />
      <ProblemNotice className="notebook__notice">{error}</ProblemNotice>
      <ProblemNotice className="notebook__notice">{notebook.tagsError && `The tags could not be loaded: ${notebook.tagsError}`}</ProblemNotice>
      {widenedFor && (
        <p className="notebook__widened" role="status" data-testid="filters-cleared">
          Filters cleared to show the highlight.
        </p>
      )}
      {answer.list && (highlights.length > 0 || narrowed) && (
        <p className="notebook__count" data-testid="highlight-count" role="status">
          {plural(matched, 'highlight', 'highlights')}
          {narrowed ? ' match' : docId ? ' in this document' : ''}
          {review > 0 && (
            <span className="notebook__review" title="Passages whose text changed, in the whole notebook">
              {' '}
              · {formatCount(review)} to check
            </span>
          )}
          {total > matched + lost.length && <span className="notebook__total"> · {formatCount(total)} in the notebook</span>}
          {narrowed && (
            <button type="button" className="link-button notebook__clear" onClick={() => changeFilter({ ...filter, tagIds: [], text: '' })}>
              Clear filters
            </button>
          )}
        </p>
      )}
      {answer.list && highlights.length === 0 && lost.length === 0 && (
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
      {matched > highlights.length && (
        <button type="button" className="button button--small notebook__more" data-testid="show-more" onClick={() => setShown((n) => n + PAGE)}>
          Show {formatCount(Math.min(PAGE, matched - highlights.length))} more of {formatCount(matched - highlights.length)}
        </button>
      )}
      <LostPassages orphans={lost} reattachingId={reattachingId} onReattach={onReattach} onCancelReattach={onCancelReattach} runUndoable={runUndoable} />
    </div>
  )
}
