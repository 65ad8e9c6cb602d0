import { ProblemNotice } from '../controls/problem-notice'
import { useAction } from '../use-action'
import { Floating } from './floating'
import type { Box } from './place-floating'
import { useSelectionKeys } from './use-selection-keys'

interface ReattachPopoverProps {
  selectionId: number
  /** The selected passage as the notebook will store it. */
  quote: string
  /** The reader's article: single-key shortcuts count while focus is there. */
  reader: Element | null
  anchor(): Box | null
  onAttach(): Promise<void>
  onDismiss(): void
}

/** While re-attaching a lost highlight: confirms the passage just selected. Enter attaches. */
export function ReattachPopover({ selectionId, quote, reader, anchor, onAttach, onDismiss }: ReattachPopoverProps) {
  const attaching = useAction(onAttach)
  const attach = () => void attaching.run()
  useSelectionKeys({ enter: attach, escape: onDismiss }, reader)
  return (
    <Floating anchor={anchor} anchorKey={selectionId} className="popover" role="dialog" label="Re-attach the highlight" testId="reattach-popover" onDismiss={onDismiss}>
      <div className="popover__body">
        <p className="popover__title">Attach the highlight to this passage?</p>
        <p className="popover__quote" data-testid="reattach-quote">
          “{quote}”
        </p>
        <ProblemNotice className="popover__error">{attaching.error}</ProblemNotice>
        <div className="popover__actions">
          <span className="popover__hint" aria-hidden="true">
            <kbd>↵</kbd> attach · <kbd>Esc</kbd> choose again
          </span>
          <button type="button" className="button button--small button--accent" data-testid="reattach-confirm" disabled={attaching.busy} onClick={attach}>
            Attach here
          </button>
        </div>
      </div>
    </Floating>
  )
}
