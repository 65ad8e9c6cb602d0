import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { UndoInfo } from '../../../preload/contract'
import { errorMessage } from '../format'
import { isEditable } from '../keyboard'

export interface Toast {
  message: string
  /** Offers Undo (the change just made can be reverted). */
  undoable: boolean
  problem: boolean
  id: number
}

export interface UndoModel {
  toast: Toast | null
  /** Runs an undoable change and offers to undo it; a failure is shown instead. */
  run(change: () => Promise<UndoInfo>): Promise<void>
  undo(): void
  /** A short message (e.g. a failure of something that has no place of its own to show it). */
  say(message: string, problem?: boolean): void
  dismiss(): void
}

const OFFER_MS = 8000
const NOTE_MS = 3500

/**
 * The "Undo" toast and Ctrl/Cmd+Z outside text fields (inside them the field
 * undoes its own typing). Main keeps the undo history; this only asks for it.
 */
export function useUndo(): UndoModel {
  const [toast, setToast] = useState<Toast | null>(null)
  const seq = useRef(0)

  const show = useCallback((message: string, undoable: boolean, problem = false) => setToast({ message, undoable, problem, id: ++seq.current }), [])
  const dismiss = useCallback(() => setToast(null), [])

  useEffect(() => {
    if (!toast) return
    const timer = window.setTimeout(() => setToast((t) => (t?.id === toast.id ? null : t)), toast.undoable || toast.problem ? OFFER_MS : NOTE_MS)
    return () => window.clearTimeout(timer)
  }, [toast])

  const run = useCallback(
    async (change: () => Promise<UndoInfo>) => {
      try {
        const info = await change()
        show(info.label, true)
      } catch (error: unknown) {
        show(errorMessage(error), false, true)
      }
    },
    [show],
  )

  const undo = useCallback(() => {
    window.exzerpt
      .undo()
      .then((info) => show(info ? `Undone: ${info.label.toLocaleLowerCase('en')}` : 'Nothing to undo', false))
      .catch((error: unknown) => show(`Could not undo: ${errorMessage(error)}`, false, true))
  }, [show])

  const latestUndo = useRef(undo)
  useLayoutEffect(() => {
    latestUndo.current = undo
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (isEditable(document.activeElement)) return
      event.preventDefault()
      latestUndo.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return { toast, run, undo, say: (message, problem = false) => show(message, false, problem), dismiss }
}
