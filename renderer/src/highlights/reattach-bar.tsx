import type { HighlightView } from '../../../preload/contract'

/** Above the reader while a lost highlight waits for its new passage. */
export function ReattachBar({ highlight, onCancel }: { highlight: HighlightView; onCancel(): void }) {
  return (
    <div className="reattach-bar" role="status" data-testid="reattach-bar">
      <span className="reattach-bar__text" title={highlight.quote}>
        Select the new place of “{highlight.quote}”
      </span>
      <button type="button" className="button button--small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
