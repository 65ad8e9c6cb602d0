import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { UndoInfo } from '../../../preload/contract'
import { errorMessage } from '../format'

export interface Toast {
  message: string
  /** The label of the change this toast offers to undo (null: nothing to undo). */
  undoLabel: string | null
  problem: boolean
  id: number
}

export interface UndoModel {
  toast: Toast | null
  /** Runs an undoable change and offers to undo it; a failure is shown instead. Resolves to whether it succeeded. */
  run(change: () => Promise<UndoInfo>): Promise<boolean>
  undo(): void
  /** A short message (e.g. a failure of something that has no place of its own to show it). */
  say(message: string, problem?: boolean): void
  dismiss(): void
}

const OFFER_MS = 8000
const NOTE_MS = 3500

/**
 * The toast: "Undo" after a change, and short messages. Main keeps the undo
 * history; this only asks for it (see useUndoShortcut for Ctrl/Cmd+Z).
 */
export function useUndo(): UndoModel {
  const [toast, setToast] = useState<Toast | null>(null)
  const seq = useRef(0)

  const show = useCallback((message: string, undoLabel: string | null, problem = false) => setToast({ message, undoLabel, problem, id: ++seq.current }), [])
  const dismiss = useCallback(() => setToast(null), [])

  useEffect(() => {
    if (!toast) return
    const timer = window.setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), toast.undoLabel !== null || toast.problem ? OFFER_MS : NOTE_MS)
    return () => window.clearTimeout(timer)
  }, [toast])

  const run = useCallback(
    async (change: () => Promise<UndoInfo>) => {
      try {
        const info = await change()
        show(info.label, info.label)
        return true
      } catch (error: unknown) {
        show(errorMessage(error), null, true)
        return false
      }
    },
    [show],
  )

  const undo = useCallback(() => {
    window.exzerpt
      .undo()
      .then((info) => show(info ? `Undone: ${info.label}` : 'Nothing to undo', null))
      .catch((error: unknown) => show(`Could not undo: ${errorMessage(error)}`, null, true))
  }, [show])

  const say = useCallback((message: string, problem = false) => show(message, null, problem), [show])
  return useMemo(() => ({ toast, run, undo, say, dismiss }), [toast, run, undo, say, dismiss])
}

type Say = (message: string, problem?: boolean) => void

/** The app's toast, for places deep in the tree with no spot of their own to show a message (a link that cannot be opened). */
let current: Say = () => {}

/** Makes `say` the toast deep components speak through (the app calls this once). */
export function useSayHandler(say: Say): void {
  useEffect(() => {
    current = say
    return () => {
      if (current === say) current = () => {}
    }
  }, [say])
}

export function useSay(): Say {
  return useCallback((message: string, problem?: boolean) => current(message, problem), [])
}
