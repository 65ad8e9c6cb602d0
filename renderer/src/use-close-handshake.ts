import { useEffect } from 'react'
import { pendingSaves } from './editor/pending-saves'

/**
 * Before the window closes, main sends 'prepare-close' (see useMenuCommands):
 * this saves everything still waiting (notes typed in the last moments, the
 * popover's unsaved highlight), then tells main the window may close. A reload
 * or close that skips main's handshake still gets a best-effort save.
 */
export async function prepareClose(): Promise<void> {
  let saved = false
  try {
    saved = await pendingSaves.flushAll()
  } finally {
    // Not saved: main keeps the window open, and the page shows the note with Retry and Discard.
    await window.exzerpt.readyToClose(saved)
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
