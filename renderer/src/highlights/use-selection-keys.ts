import { useLayoutEffect, useRef } from 'react'
import { isEditable } from '../keyboard'

/**
 * Single-key shortcuts for the selection popover while focus is still in the
 * reader where the selection was made (a focused button elsewhere keeps its
 * Enter, and the popover's own fields take their keys): handlers are keyed by
 * `event.key` in lower case. Runs in the capture phase so the reader's own
 * Enter (next match) does not fire as well.
 */
export function useSelectionKeys(handlers: Record<string, () => void>, reader: Element | null): void {
  const latest = useRef({ handlers, reader })
  useLayoutEffect(() => {
    latest.current = { handlers, reader }
  })

  // Attached before the popover is painted: a key pressed as soon as it shows counts.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return
      const active = document.activeElement
      const inReader = !active || active === document.body || (latest.current.reader?.contains(active) ?? false)
      if (!inReader || isEditable(active)) return
      const handler = latest.current.handlers[event.key.toLowerCase()]
      if (!handler) return
      event.preventDefault()
      event.stopPropagation()
      handler()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [])
}
