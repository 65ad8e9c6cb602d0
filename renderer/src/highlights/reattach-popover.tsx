import { useState } from 'react'
import { errorMessage } from '../format'
import { Floating } from './floating'
import type { Box } from './place-floating'
import type { ReaderSelection } from './use-reader-selection'
import { useSelectionKeys } from './use-selection-keys'

interface ReattachPopoverProps {
  selection: ReaderSelection
  /** The reader's article: single-key shortcuts count while focus is there. */
  reader: Element | null
  anchor(): Box | null
  onAttach(): Promise<void>
  onDismiss(): void
}

/** While re-attaching a lost highlight: confirms the passage just selected. Enter attaches. */
export function ReattachPopover({ selection, reader, anchor, onAttach, onDismiss }: ReattachPopoverProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const attach = () => {
    if (busy) return
    setBusy(true)
    setError(null)
    onAttach().catch((failure: unknown) => {
      setError(errorMessage(failure))
      setBusy(false)
    })
  }
  useSelectionKeys({ enter: attach, escape: onDismiss }, reader)
  return (
    <Floating
      anchor={anchor}
      anchorKey={selection.id}
      className="popover"
      role="dialog"
      label="Re-attach the highlight"
      testId="reattach-popover"
      onDismiss={onDismiss}
    >
      <div className="popover__body">
        <p className="popover__title">Attach the highlight to this passage?</p>
        <p className="popover__quote">“{selection.text}”</p>
        {error && (
          <p className="notice notice--problem popover__error" role="alert">
            {error}
          </p>
        )}
        <div className="popover__actions">
          <span className="popover__hint" aria-hidden="true">
            <kbd>↵</kbd> attach · <kbd>Esc</kbd> choose again
          </span>
          <button type="button" className="button button--small button--accent" data-testid="reattach-confirm" disabled={busy} onClick={attach}>
            Attach here
          </button>
        </div>
      </div>
    </Floating>
  )
}
