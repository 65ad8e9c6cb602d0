import type { HighlightView } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { useAction } from '../use-action'

/** For a highlight found in changed text: the quote as highlighted beside the text found now, to confirm or reject. */
export function ReviewBox({ highlight }: { highlight: HighlightView }) {
  const action = useAction((call: (id: string) => Promise<unknown>) => call(highlight.id))
  const act = (call: (id: string) => Promise<unknown>) => void action.run(call)
  const busy = action.busy
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
      <ProblemNotice>{action.error}</ProblemNotice>
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
