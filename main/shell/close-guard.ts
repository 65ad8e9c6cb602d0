import type { BrowserWindow } from 'electron'

/** How long a window waits for its page to save before it closes anyway (a hung page must not keep it open). */
const SAVE_TIMEOUT_MS = 5000

/**
 * Holds a window's close until the page has saved what is still pending (a note
 * typed in the last moments): the page gets 'prepare-close', saves, and answers
 * with `readyToClose`. Saved: the window closes for real. Not saved: it stays
 * open (the page shows the unsaved note with Retry and Discard). No answer within
 * a few seconds (a hung page): it closes anyway.
 */
export class CloseGuard {
  #allowed = false
  #pending = false
  #timer: NodeJS.Timeout | null = null

  constructor(
    private readonly window: BrowserWindow,
    private readonly askPage: () => void,
    private readonly onCancelled: () => void,
  ) {
    window.on('close', (event) => {
      if (this.#allowed) return
      event.preventDefault()
      this.#pending = true
      this.askPage()
      this.#timer ??= setTimeout(() => this.release(), SAVE_TIMEOUT_MS)
    })
  }

  /** The page's answer to 'prepare-close'. */
  answer(saved: boolean): void {
    // Only an answer to a close that is under way counts: a stray one must not close the window.
    if (!this.#pending) return
    this.#pending = false
    if (saved) return this.release()
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.onCancelled()
  }

  /** The page is done (or did not answer): close the window now. */
  release(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#allowed = true
    if (!this.window.isDestroyed()) this.window.close()
  }
}
