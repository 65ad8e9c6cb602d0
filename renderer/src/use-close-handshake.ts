import { useEffect } from 'react'
import { pendingSaves } from './editor/pending-saves'

/**
 * Before the window closes, main sends 'prepare-close' (see useMenuCommands):
 * this saves everything still waiting (notes typed in the last moments, the
 * popover's unsaved highlight), then tells main the window may close. A reload
 * or close that skips main's handshake still gets a best-effort save.
 */
export async function prepareClose(): Promise<void> {
  try {
    await pendingSaves.flushAll()
  } finally {
    await window.exzerpt.readyToClose()
  }
}

export function useSaveOnPageHide(): void {
  useEffect(() => {
    const save = () => void pendingSaves.flushAll()
    window.addEventListener('pagehide', save)
    window.addEventListener('beforeunload', save)
    return () => {
      window.removeEventListener('pagehide', save)
      window.removeEventListener('beforeunload', save)
    }
  }, [])
}
