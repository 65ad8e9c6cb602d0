import { useState, type CSSProperties } from 'react'
import type { HighlightColor, HighlightView, TagView, UndoInfo } from '../../../preload/contract'
import { errorMessage } from '../format'
import { ColorPicker } from '../highlights/color-picker'
import { swatch } from '../highlights/highlight-colors'
import { TagChip } from '../tags/tag-chip'
import { TagInput } from '../tags/tag-input'
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

/** One highlight in the notebook: the quote, where it is from, tags and note; expanded, everything to edit it. */
export function HighlightCard({ highlight: h, tags, expanded, showDocument, onOpen, onCollapse, runUndoable }: HighlightCardProps) {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const names = h.tagIds.map((id) => byId.get(id)?.name).filter((n): n is string => n !== undefined)
  const [error, setError] = useState<string | null>(null)
  const update = (patch: { color?: HighlightColor; tags?: string[] }) => {
    setError(null)
    window.exzerpt.updateHighlight(h.id, patch).catch((failure: unknown) => setError(errorMessage(failure)))
  }

  return (
    <article
      className={`hl-card${expanded ? ' is-expanded' : ''}`}
      data-testid="highlight-card"
      data-highlight-id={h.id}
      data-status={h.status}
      style={{ '--card-color': swatch(h.color) } as CSSProperties}
    >
      <button type="button" className="hl-card__quote" title={h.docAvailable ? 'Show in the reader' : 'The document is no longer in the corpus'} onClick={() => onOpen(h)}>
        <span className="hl-card__quote-text">{h.quote}</span>
      </button>
      {(showDocument || h.status === 'fuzzy' || !h.docAvailable) && (
        <div className="hl-card__meta">
          {showDocument && <span className="hl-card__doc">{h.docTitle}</span>}
          {!h.docAvailable && <span className="badge badge--problem">Document missing</span>}
          {h.status === 'fuzzy' && (
            <span className="badge badge--review" data-testid="review-badge">
              Text changed — check
            </span>
          )}
        </div>
      )}
      {!expanded && names.length > 0 && (
        <div className="tag-list">
          {h.tagIds.map((id) => {
            const tag = byId.get(id)
            return tag ? <TagChip key={id} name={tag.name} color={tag.color} /> : null
          })}
        </div>
      )}
      {!expanded && h.notePreview && <p className="hl-card__note">{h.notePreview}</p>}
      {expanded && (
        <div className="hl-card__edit">
          {h.status === 'fuzzy' && <ReviewBox highlight={h} />}
          <div className="hl-card__row">
            <ColorPicker value={h.color} onChange={(color) => update({ color })} label="Highlight colour" />
            <button type="button" className="icon-button" aria-label="Collapse" title="Collapse" onClick={onCollapse}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M4 10l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </div>
          <TagInput value={names} onChange={(next) => update({ tags: next })} tags={tags} label="Tags of this highlight" testId="card-tags" />
          <HighlightNote key={h.id} highlight={h} />
          {error && (
            <p className="notice notice--problem" role="alert">
              {error}
            </p>
          )}
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
