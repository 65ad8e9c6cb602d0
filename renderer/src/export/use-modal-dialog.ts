import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react'

export interface ModalDialog {
  ref: RefObject<HTMLDialogElement | null>
  /** For the dialog's onKeyDown. */
  onKeyDown(event: KeyboardEvent<HTMLDialogElement>): void
  /** For the dialog's onCancel (Esc). */
  onCancel(event: SyntheticEvent<HTMLDialogElement>): void
}

/**
 * Shows a `<dialog>` as a modal while `open` (the browser traps focus and makes the
 * page behind it inert), focuses the element marked `data-autofocus` on opening, and
 * gives focus back to where it was on closing. `open` is the one truth: Esc (the
 * cancel event) asks `onClose` at once, and the dialog's close event is not listened
 * to — it arrives a moment later, and would lose an "open" asked for in between.
 */
export function useModalDialog(open: boolean, onClose: () => void): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const latestClose = useRef(onClose)
  useLayoutEffect(() => {
    latestClose.current = onClose
  })

  useEffect(() => {
    const el = ref.current
    if (!el) return
    if (open && !el.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      el.showModal()
      el.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)')?.focus()
    } else if (!open && el.open) el.close()
    if (!open && returnTo.current) {
      // Back to the button or field that opened it, when it is still there.
      if (returnTo.current.isConnected) returnTo.current.focus()
      returnTo.current = null
    }
  }, [open])

  // With focus lost to the page's body (the focused button was removed), Esc still closes
  // the modal dialog, but reaches the window-wide handler first: stop it there too.
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof Node && ref.current?.contains(event.target))) event.stopPropagation()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [open])

  return {
    ref,
    onKeyDown: (event) => {
      // The window-wide Escape (keyboard.ts) clears the search; in a dialog Esc only
      // closes the dialog. The dialog's own cancel still happens (default not prevented).
      if (event.key === 'Escape') event.stopPropagation()
    },
    onCancel: (event) => {
      // The state closes it (the effect above). Without a user activation the browser may
      // close it anyway, which is the same.
      event.preventDefault()
      latestClose.current()
    },
  }
}
