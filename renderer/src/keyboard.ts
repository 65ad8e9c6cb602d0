import { useEffect, useLayoutEffect, useRef } from 'react'

/** Ctrl+K (Windows/Linux) or Cmd+K (macOS). */
export function isFocusSearchKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
}

/** F3 / Shift+F3, or Ctrl/Cmd+G / Shift+Ctrl/Cmd+G: next / previous match anywhere in the window. */
export function matchStep(event: KeyboardEvent): 1 | -1 | 0 {
  if (event.key === 'F3' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'g')) return event.shiftKey ? -1 : 1
  return 0
}

export interface GlobalKeyHandlers {
  focusSearch(): void
  /** An Esc nobody else took (see `escapeIsForPage`). */
  escape(): void
  stepMatch(step: 1 | -1): void
}

/** Window-wide shortcuts. Handlers are read through a ref, so the listener is attached once. */
export function useGlobalKeys(handlers: GlobalKeyHandlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      if (isFocusSearchKey(event)) {
        event.preventDefault()
        latest.current.focusSearch()
        return
      }
      const step = matchStep(event)
      if (step !== 0) {
        event.preventDefault()
        latest.current.stepMatch(step)
        return
      }
      if (event.key === 'Escape' && escapeIsForPage(document.activeElement)) latest.current.escape()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/**
 * Whether an Esc that nothing handled (dialogs, popovers and fields mark theirs
 * as handled) is the page's: it clears the search or stops re-attaching only
 * while focus is in the search box, the sidebar or the reader (or nowhere),
 * never while it is in a dialog, a popover or another field.
 */
export function escapeIsForPage(active: Element | null): boolean {
  if (!active || active === document.body) return true
  if (active.closest('dialog, .floating, [role="dialog"]')) return false
  if (active.closest('[data-testid="search-input"]')) return true
  if (isEditable(active)) return false
  return active.closest('.pane--sidebar, .pane--reader') !== null
}

/** Whether keys typed now go into a field (inputs, text areas, the note editor) rather than to shortcuts. */
export function isEditable(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}
