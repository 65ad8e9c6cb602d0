import { useMemo } from 'react'
import { ProblemNotice } from '../controls/problem-notice'
import { describeImport } from './describe-import'
import type { ImportOutcome } from './use-import-notes'
import { useModalDialog } from './use-modal-dialog'
import './export.css'

interface ImportReportDialogProps {
  outcome: ImportOutcome | null
  onClose(): void
  /** Reverts the import (the notebook's undo: the import is one undo step). */
  onUndo(): void
}

/** What an import did, in words, with Undo; or why it failed. */
export function ImportReportDialog({ outcome, onClose, onUndo }: ImportReportDialogProps) {
  const dialog = useModalDialog(outcome !== null, onClose)
  const summary = useMemo(() => (outcome?.kind === 'imported' ? describeImport(outcome.result.path, outcome.result.report) : null), [outcome])

  return (
    <dialog
      ref={dialog.ref}
      className="dialog import-report"
      aria-labelledby="import-report-title"
      aria-describedby="import-report-body"
      data-testid="import-report"
      onKeyDown={dialog.onKeyDown}
      onCancel={dialog.onCancel}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id="import-report-title">
          {summary ? summary.title : 'Import failed'}
        </h2>
      </header>
      <div className="import-report__body" id="import-report-body">
        {outcome?.kind === 'failed' && (
          <>
            <ProblemNotice testId="import-error">{outcome.message.charAt(0).toLocaleUpperCase('en') + outcome.message.slice(1)}</ProblemNotice>
            <p className="import-report__note">Nothing in the notebook was changed.</p>
          </>
        )}
        {summary && (
          <>
            <ul className="import-report__lines">
              {summary.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {summary.warnings.length > 0 && (
              <ul className="notice notice--problem import-report__warnings" aria-label="Warnings">
                {summary.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <footer className="export-dialog__footer">
        {summary?.changed && (
          <button type="button" className="button button--small" data-testid="import-undo" title="Undo the import (Ctrl+Z)" onClick={onUndo}>
            Undo import
          </button>
        )}
        <button type="button" className="button button--small button--accent" data-autofocus="" data-testid="import-done" onClick={onClose}>
          {summary ? 'Done' : 'Close'}
        </button>
      </footer>
    </dialog>
  )
}
