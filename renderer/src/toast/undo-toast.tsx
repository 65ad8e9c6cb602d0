import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { CloseButton } from '../controls/buttons'
import { pendingSaves } from '../editor/pending-saves'
import { useTopLayerHost } from './use-top-layer-host'
import type { Toast } from './use-undo'
import './toast.css'

interface UndoToastProps {
  toast: Toast | null
  /** What Undo would revert now (NotebookInfo.undo): the toast offers Undo only while that is still its change. */
  undoLabel: string | null
  onUndo(): void
  onDismiss(): void
}

const subscribeToSaves = (listener: () => void) => pendingSaves.subscribe(listener)
const orphanedSaves = () => pendingSaves.orphans

/**
 * Bottom-centre message after a change, with Undo for a few seconds, and a
 * lasting notice while a note whose editor has closed could not be saved.
 * Rendered once, into the top layer (inside an open modal dialog, which makes
 * the rest of the page inert).
 */
export function UndoToast({ toast, undoLabel, onUndo, onDismiss }: UndoToastProps) {
  const host = useTopLayerHost()
  const orphans = useSyncExternalStore(subscribeToSaves, orphanedSaves)
  const offersUndo = toast !== null && toast.undoLabel !== null && toast.undoLabel === undoLabel
  return createPortal(
    <div className="toast-region" role="status" aria-live="polite">
      {orphans.length > 0 && (
        <div className="toast toast--problem" data-testid="unsaved-notes">
          <span className="toast__message">
            {orphans.length === 1 ? 'A note could not be saved' : `${orphans.length} notes could not be saved`}: {orphans[0]!.problem}
          </span>
          <button type="button" className="toast__action" onClick={() => void pendingSaves.flushAll()}>
            Retry
          </button>
          <button type="button" className="toast__action toast__action--quiet" onClick={() => pendingSaves.discardOrphans()}>
            Discard
          </button>
        </div>
      )}
      {toast && (
        <div className={`toast${toast.problem ? ' toast--problem' : ''}`} data-testid="toast" key={toast.id}>
          <span className="toast__message">{toast.message}</span>
          {offersUndo && (
            <button
              type="button"
              className="toast__action"
              data-testid="toast-undo"
              title={`Undo: ${toast.undoLabel} (Ctrl+Z)`}
              onClick={() => {
                onDismiss()
                onUndo()
              }}
            >
              Undo
            </button>
          )}
          <CloseButton className="icon-button--inverse icon-button--small" label="Dismiss" onClick={onDismiss} />
        </div>
      )}
    </div>,
    host,
  )
}
