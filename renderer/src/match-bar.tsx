import { CHEVRON_DOWN, CHEVRON_UP, IconButton } from './controls/buttons'
import { formatCount } from './format'

interface MatchBarProps {
  query: string
  /** Null while the matches are being looked up. */
  count: number | null
  current: number
  onStep(direction: 1 | -1): void
}

/** "3 / 17" with previous / next, above the reading view while a query is active. */
export function MatchBar({ query, count, current, onStep }: MatchBarProps) {
  const none = count === 0
  return (
    <div className="match-bar" role="toolbar" aria-label="Matches in this document">
      <span className="match-bar__query" title={query}>
        Matches for <q>{query}</q>
      </span>
      <span className="match-bar__counter" data-testid="match-counter" aria-live="polite">
        {count === null ? '…' : none ? 'No matches in this document' : `${formatCount(current + 1)} / ${formatCount(count)}`}
      </span>
      <IconButton testId="match-prev" label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter, Shift+F3)" disabled={!count} onClick={() => onStep(-1)}>
        {CHEVRON_UP}
      </IconButton>
      <IconButton testId="match-next" label="Next match (Enter)" title="Next match (Enter, F3)" disabled={!count} onClick={() => onStep(1)}>
        {CHEVRON_DOWN}
      </IconButton>
    </div>
  )
}
