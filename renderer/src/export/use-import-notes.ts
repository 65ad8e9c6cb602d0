import { useCallback, useRef, useState } from 'react'
import type { ImportResult } from '../../../preload/contract'
import { errorMessage } from '../format'

/** The outcome of File › Import Notes…: a report, or why it failed. */
export type ImportOutcome = { kind: 'imported'; result: Extract<ImportResult, { status: 'imported' }> } | { kind: 'failed'; message: string }

export interface ImportNotesModel {
  outcome: ImportOutcome | null
  /** Asks main to import (main shows the open dialog; a cancel there shows nothing). */
  start(): void
  dismiss(): void
}

/** Runs an import and keeps its report for the report dialog. */
export function useImportNotes(): ImportNotesModel {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)
  // One at a time: a second menu click while the file dialog is up is ignored.
  const running = useRef(false)

  const start = useCallback(() => {
    if (running.current) return
    running.current = true
    window.exzerpt
      .importNotes()
      .then((result) => result.status === 'imported' && setOutcome({ kind: 'imported', result }))
      .catch((error: unknown) => setOutcome({ kind: 'failed', message: errorMessage(error) }))
      .finally(() => {
        running.current = false
      })
  }, [])

  return { outcome, start, dismiss: useCallback(() => setOutcome(null), []) }
}
