import type { HighlightView, UndoInfo } from '../../../preload/contract'

interface LostPassagesProps {
  orphans: readonly HighlightView[]
  /** The highlight being re-attached now, if any. */
  reattachingId: string | null
  onReattach(highlight: HighlightView): void
  onCancelReattach(): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

/** Highlights whose text is no longer in their document: kept with their quote until re-attached or deleted. */
export function LostPassages({ orphans, reattachingId, onReattach, onCancelReattach, runUndoable }: LostPassagesProps) {
  if (orphans.length === 0) return null
  return (
    <section className="lost" data-testid="lost-passages" aria-labelledby="lost-title">
      <h3 className="section-heading" id="lost-title">
        Lost passages <span className="section-heading__count">{orphans.length}</span>
      </h3>
      <p className="lost__explain">Their text is no longer in the document. To re-attach one, choose Re-attach, then select its new place in the reader.</p>
      <ul className="lost__list">
        {orphans.map((h) => (
          <li key={h.id} className={`lost__item${h.id === reattachingId ? ' is-active' : ''}`} data-testid="lost-passage" data-highlight-id={h.id}>
            <p className="lost__quote">“{h.quote}”</p>
            <p className="lost__doc">{h.docTitle}</p>
            {h.notePreview && <p className="lost__note">{h.notePreview}</p>}
            <div className="lost__actions">
              {h.id === reattachingId ? (
                <button type="button" className="button button--small" onClick={onCancelReattach}>
                  Stop re-attaching
                </button>
              ) : (
                <button type="button" className="button button--small" data-testid="reattach" onClick={() => onReattach(h)}>
                  Re-attach
                </button>
              )}
              <button type="button" className="button button--small button--quiet" onClick={() => runUndoable(() => window.exzerpt.deleteHighlight(h.id))}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
