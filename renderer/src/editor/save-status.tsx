import type { SaveStatus as Status } from './autosave-queue'

interface SaveStatusProps {
  status: Status
  error: string | null
  onRetry(): void
  /** Shown before anything was written (e.g. a new memo: "Not saved yet — start typing"). */
  idle?: string
}

/** "Saving…" / "Saved", or why saving failed with a retry; the text stays in the editor either way. */
export function SaveStatus({ status, error, onRetry, idle }: SaveStatusProps) {
  return (
    <span className={`save-status save-status--${status}`} data-testid="save-status" role="status" aria-live="polite">
      {status === 'pending' || status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'idle' ? (idle ?? null) : null}
      {status === 'error' && (
        <>
          <span className="save-status__error">Not saved: {error}</span>{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </span>
  )
}
