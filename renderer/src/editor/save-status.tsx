import type { SaveStatus as Status } from './use-autosave'

interface SaveStatusProps {
  status: Status
  error: string | null
  onRetry(): void
}

/** "Saving…" / "Saved", or why saving failed with a retry; the text stays in the editor either way. */
export function SaveStatus({ status, error, onRetry }: SaveStatusProps) {
  return (
    <span className={`save-status save-status--${status}`} data-testid="save-status" role="status" aria-live="polite">
      {status === 'pending' || status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : null}
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
