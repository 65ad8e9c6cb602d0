import type { Toast } from './use-undo'
import './toast.css'

interface UndoToastProps {
  toast: Toast | null
  onUndo(): void
  onDismiss(): void
}

/**
 * Bottom-centre message after a deletion or merge, with Undo for a few seconds.
 * While a modal dialog is open the rest of the page is inert, so the dialog shows its own.
 */
export function UndoToast({ toast, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`toast${toast.problem ? ' toast--problem' : ''}`} data-testid="toast" key={toast.id}>
          <span className="toast__message">{toast.message}</span>
          {toast.undoable && (
            <button
              type="button"
              className="toast__action"
              data-testid="toast-undo"
              title="Undo (Ctrl+Z)"
              onClick={() => {
                onDismiss()
                onUndo()
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="toast__close" aria-label="Dismiss" onClick={onDismiss}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4.5 4.5l7 7m0-7-7 7" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
    </div>
  )
}
