import type { KeyboardEvent } from 'react'

/**
 * Where arrow keys (and Home/End) move in a row of items that share one tab
 * stop (tabs, radio groups, toolbars): the next index, wrapping, or null for a
 * key that does not move.
 */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count <= 0) return null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/**
 * A keydown handler for a container of items marked `[data-roving]`: arrows
 * focus the next one and report its index (a radio group or tab list selects it
 * then; a toolbar only moves). Items keep their own tabIndex (0 for the current one).
 */
export function onRovingKeyDown(event: KeyboardEvent<HTMLElement>, onMove: (index: number) => void): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-roving]:not(:disabled)')]
  const at = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement))
  if (at < 0) return
  const next = rovingIndex(event.key, at, items.length)
  if (next === null) return
  event.preventDefault()
  items[next]!.focus()
  onMove(next)
}
