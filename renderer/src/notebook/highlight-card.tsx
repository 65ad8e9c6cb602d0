import { useEffect, useRef, useState, type CSSProperties, type MouseEvent } from 'react'
import type { HighlightColor, HighlightView, TagView, UndoInfo } from '../../../preload/contract'
import { CollapseButton } from '../controls/buttons'
import { ProblemNotice } from '../controls/problem-notice'
import { errorMessage } from '../format'
import { ColorPicker } from '../highlights/color-picker'
import { swatch } from '../highlights/highlight-colors'
import { TagChip } from '../tags/tag-chip'
import { TagInput } from '../tags/tag-input'
import { tagIdentity } from '../tags/tag-suggestions'
import { HighlightNote } from './highlight-note'
import { ReviewBox } from './review-box'

interface HighlightCardProps {
  highlight: HighlightView
  tags: readonly TagView[]
  expanded: boolean
  /** Shows the document's title (when the list spans documents). */
  showDocument: boolean
  /** Opens the passage in the reader (and expands the card). */
  onOpen(highlight: HighlightView): void
  onCollapse(): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

type Patch = { color?: HighlightColor; tags?: string[] }

const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => tagIdentity(name) === tagIdentity(b[i]!))

/**
 * Colour and tag edits shown at once and sent one after another: a quick
 * second edit is built on the first (not on props that have not caught up yet)
 * and cannot overtake it.
 */
function useCardEdits(h: HighlightView, names: readonly string[]) {
  const [optimistic, setOptimistic] = useState<Patch>({})
  const [error, setError] = useState<string | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())

  // What main says now has caught up with an edit: show main's again.
  const namesKey = names.map(tagIdentity).join('\0')
  useEffect(() => {
    setOptimistic((o) => {
      const next: Patch = { ...o }
      if (o.color === h.color) delete next.color
      if (o.tags && sameNames(o.tags, names)) delete next.tags
      return Object.keys(next).length === Object.keys(o).length ? o : next
    })
  }, [h.color, namesKey])

  const update = (patch: Patch) => {
    setError(null)
    setOptimistic((o) => ({ ...o, ...patch }))
    queue.current = queue.current.then(
      () =>
        window.exzerpt.updateHighlight(h.id, patch).then(
          () => {},
          (failure: unknown) => {
            setError(errorMessage(failure))
            setOptimistic({})
          },
        ),
    )
  }
  return { color: optimistic.color ?? h.color, names: optimistic.tags ?? names, error, update }
}

/** One highlight in the notebook: the quote, where it is from, tags and note; expanded, everything to edit it. */
export function HighlightCard({ highlight: h, tags, expanded, showDocument, onOpen, onCollapse, runUndoable }: HighlightCardProps) {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const stored = h.tagIds.map((id) => byId.get(id)?.name).filter((n): n is string => n !== undefined)
  const edits = useCardEdits(h, stored)
  const byName = new Map(tags.map((t) => [tagIdentity(t.name), t]))
  // A click on the quote shows the passage, unless it ended a drag that selected some of the quote's words.
  const onQuoteClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('button')) return
    if (window.getSelection()?.isCollapsed === false) return
    onOpen(h)
  }

  return (
    <article
      className={`hl-card${expanded ? ' is-expanded' : ''}`}
      data-testid="highlight-card"
      data-highlight-id={h.id}
      data-status={h.status}
      style={{ '--card-color': swatch(edits.color) } as CSSProperties}
    >
      <div className="hl-card__quote" onClick={onQuoteClick}>
        <blockquote className="hl-card__quote-text">{h.quote}</blockquote>
        <button
          type="button"
          className="icon-button hl-card__show"
          aria-label="Show in reader"
          title={h.docAvailable ? 'Show in reader' : 'The document is no longer in the corpus'}
          onClick={() => onOpen(h)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 3.5H3.5v9h9V10M9 3.5h3.5V7M12.5 3.5 7 9" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
      {(showDocument || h.status === 'fuzzy' || !h.docAvailable) && (
        <div className="hl-card__meta">
          {showDocument && <span className="hl-card__doc">{h.docTitle}</span>}
          {!h.docAvailable && <span className="badge badge--problem">Document missing</span>}
          {h.status === 'fuzzy' && (
            <span className="badge badge--review" data-testid="review-badge">
              Text changed — please check
            </span>
          )}
        </div>
      )}
      {!expanded && edits.names.length > 0 && (
        <div className="tag-list">
          {edits.names.map((name) => (
            <TagChip key={name} name={byName.get(tagIdentity(name))?.name ?? name} color={byName.get(tagIdentity(name))?.color} />
          ))}
        </div>
      )}
      {!expanded && h.notePreview && <p className="hl-card__note">{h.notePreview}</p>}
      {expanded && (
        <div className="hl-card__edit">
          {h.status === 'fuzzy' && <ReviewBox highlight={h} />}
          <div className="hl-card__row">
            <ColorPicker value={edits.color} onChange={(color) => edits.update({ color })} label="Highlight colour" />
            <CollapseButton onClick={onCollapse} />
          </div>
          <TagInput value={edits.names} onChange={(next) => edits.update({ tags: next })} tags={tags} label="Tags of this highlight" testId="card-tags" />
          <HighlightNote key={h.id} highlight={h} />
          <ProblemNotice>{edits.error}</ProblemNotice>
          <div className="hl-card__actions">
            {h.note && (
              <button type="button" className="button button--small button--quiet" data-testid="delete-note" onClick={() => runUndoable(() => window.exzerpt.deleteNote(h.id))}>
                Delete note
              </button>
            )}
            <button type="button" className="button button--small button--danger" data-testid="delete-highlight" onClick={() => runUndoable(() => window.exzerpt.deleteHighlight(h.id))}>
              Delete highlight
            </button>
          </div>
        </div>
      )}
    </article>
  )
}
