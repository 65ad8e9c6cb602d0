import type { IndexProgress } from '../../preload/contract'
import { ProblemNotice } from './controls/problem-notice'
import { IndexingProgress } from './progress-bar'

interface EmptyStateProps {
  error: string | null
  progress: IndexProgress | null
  opening: boolean
  onOpenFolder(): void
}

/** Shown while no corpus is open: first start, a failed reopen, or the first indexing. */
export function EmptyState({ error, progress, opening, onOpenFolder }: EmptyStateProps) {
  if (progress) {
    return (
      <main className="empty-state">
        <div className="empty-state__card">
          <h1 className="empty-state__title">Opening your corpus…</h1>
          <p className="empty-state__text">Exzerpt reads and indexes the documents on this computer. Later starts reuse the saved index.</p>
          <IndexingProgress initial={progress} />
        </div>
      </main>
    )
  }
  return (
    <main className="empty-state">
      <div className="empty-state__card">
        <h1 className="empty-state__title">Welcome to Exzerpt</h1>
        <p className="empty-state__text">
          Open a folder of source documents — text, Markdown or HTML. Exzerpt indexes it on this computer so you can search and read it; nothing leaves your
          machine.
        </p>
        <ProblemNotice>{error}</ProblemNotice>
        <button type="button" className="button button--primary" data-testid="open-folder" aria-label="Open folder" disabled={opening} onClick={onOpenFolder}>
          Open folder…
        </button>
      </div>
    </main>
  )
}
