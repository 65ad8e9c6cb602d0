import { useEffect, useLayoutEffect, useRef } from 'react'
import { isEditable } from '../keyboard'

/** Whether Ctrl/Cmd+Z belongs to the notebook: not while typing in a field or working in a popover. */
export function undoesNotebook(active: Element | null): boolean {
  if (isEditable(active)) return false
  return !(active instanceof Element && active.closest('.floating'))
}

/** Ctrl/Cmd+Z outside text fields and popovers undoes the notebook's last change (inside a field the field undoes its typing). */
export function useUndoShortcut(undo: () => void): void {
  const latest = useRef(undo)
  useLayoutEffect(() => {
    latest.current = undo
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (!undoesNotebook(document.activeElement)) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
