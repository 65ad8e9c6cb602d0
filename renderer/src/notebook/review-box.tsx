import { useState } from 'react'
import type { HighlightView } from '../../../preload/contract'
import { errorMessage } from '../format'

/** For a highlight found in changed text: the quote as highlighted beside the text found now, to confirm or reject. */
export function ReviewBox({ highlight }: { highlight: HighlightView }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const act = (call: (id: string) => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    call(highlight.id)
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(false))
  }
  return (
    <div className="review" data-testid="review">
      <p className="review__title">The text changed. Is this still the passage?</p>
      <dl className="review__compare">
        <dt>Highlighted</dt>
        <dd className="review__quote">“{highlight.quote}”</dd>
        <dt>Now</dt>
        <dd className="review__quote" data-testid="review-current">
          “{highlight.currentText}”
        </dd>
      </dl>
      {error && (
        <p className="notice notice--problem" role="alert">
          {error}
        </p>
      )}
      <div className="review__actions">
        <button type="button" className="button button--small button--accent" data-testid="review-confirm" disabled={busy} onClick={() => act(window.exzerpt.confirmHighlight)}>
          Confirm
        </button>
        <button type="button" className="button button--small" data-testid="review-reject" disabled={busy} onClick={() => act(window.exzerpt.rejectHighlight)}>
          Not this passage
        </button>
      </div>
    </div>
  )
}
