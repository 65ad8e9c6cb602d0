import { useId, useState } from 'react'
import type { SkippedFile } from '../../preload/contract'
import { formatCount } from './format'

/** Files the scan skipped, with the reason. Collapsed, it still names them on one line. */
export function ProblemsList({ skipped }: { skipped: SkippedFile[] }) {
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  if (skipped.length === 0) return null
  return (
    <section className={`problems${open ? ' is-open' : ''}`} data-testid="problems" aria-label="Problems">
      <button type="button" className="problems__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((value) => !value)}>
        <svg className="problems__chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="problems__title">Problems</span>
        <span className="problems__count" aria-label={`${skipped.length} skipped ${skipped.length === 1 ? 'file' : 'files'}`}>
          {formatCount(skipped.length)}
        </span>
      </button>
      {open ? (
        <ul className="problems__list" id={bodyId}>
          {skipped.map((file) => (
            <li key={file.path}>
              <span className="problems__path">{file.path}</span>
              <span className="problems__reason">{file.reason}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="problems__summary" id={bodyId} title={skipped.map((file) => file.path).join('\n')}>
          {skipped.length === 1 ? 'Skipped: ' : `${formatCount(skipped.length)} files skipped: `}
          {skipped.map((file) => file.path).join(', ')}
        </p>
      )}
    </section>
  )
}
