import { useEffect, useState } from 'react'
import type { IndexProgress } from '../../preload/contract'
import { formatCount } from './format'

function label(progress: IndexProgress): string {
  const counts = progress.total > 0 ? ` ${formatCount(progress.done)} / ${formatCount(progress.total)} documents` : ''
  switch (progress.phase) {
    case 'scan':
      return progress.total > 0 ? `Scanning${counts}` : 'Scanning folder…'
    case 'read':
      return `Reading${counts || ' documents…'}`
    case 'index':
      return `Indexing${counts || ' documents…'}`
    case 'load':
      return 'Loading saved index…'
    case 'save':
      return 'Saving index…'
    case 'done':
      return 'Finishing…'
  }
}

/** A thin bar with counts while main scans, reads and indexes the corpus. */
export function ProgressBar({ progress }: { progress: IndexProgress }) {
  const determinate = progress.total > 0 && (progress.phase === 'read' || progress.phase === 'index' || progress.phase === 'scan')
  const fraction = determinate ? Math.min(1, progress.done / progress.total) : 0
  const text = label(progress)
  return (
    <div className="progress" data-testid="progress" role="status" aria-live="polite">
      <div
        className={`progress__track${determinate ? '' : ' is-indeterminate'}`}
        role="progressbar"
        aria-label={text}
        aria-valuemin={0}
        aria-valuemax={determinate ? progress.total : undefined}
        aria-valuenow={determinate ? progress.done : undefined}
      >
        <div className="progress__fill" style={determinate ? { transform: `scaleX(${fraction})` } : undefined} />
      </div>
      <div className="progress__label">{text}</div>
    </div>
  )
}

/**
 * The bar fed by main's progress events. It subscribes by itself and paints at most once
 * per animation frame, so thousands of events neither re-render the app nor block input.
 */
export function IndexingProgress({ initial }: { initial: IndexProgress }) {
  const [progress, setProgress] = useState(initial)

  useEffect(() => {
    setProgress(initial)
    let latest: IndexProgress | null = null
    let frame = 0
    const off = window.exzerpt.on('progress', (next) => {
      latest = next
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        if (latest) setProgress(latest)
      })
    })
    return () => {
      off()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [initial])

  return <ProgressBar progress={progress} />
}
