import { useEffect, useLayoutEffect, useRef } from 'react'
import type { MenuCommand } from '../../preload/contract'

/** Runs the app menu's commands (main forwards them: only the page knows what has focus). */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => window.exzerpt.on('command', (command) => latest.current[command]?.()), [])
}
