import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { placeFloating, type Box } from './place-floating'

interface FloatingProps {
  /** Where to attach; read again on scroll and resize (the anchor moves with the text). */
  anchor(): Box | null
  /** Changes when the anchor is another one (a new selection): the box is placed anew. */
  anchorKey: unknown
  className?: string
  role?: string
  label?: string
  testId?: string
  /** Called on a mouse press outside and on Esc inside; omit for a passive card. */
  onDismiss?(): void
  /** Receives the box element too (e.g. to tell whether focus is inside). */
  boxRef?: RefObject<HTMLDivElement | null>
  children: ReactNode
}

/** A box floating over the page next to an anchor (a selection, a pointer). */
export function Floating({ anchor, anchorKey, className = '', role, label, testId, onDismiss, boxRef, children }: FloatingProps) {
  const ref = useRef<HTMLDivElement | null>(null)
  const setRef = useCallback(
    (el: HTMLDivElement | null) => {
      ref.current = el
      if (boxRef) boxRef.current = el
    },
    [boxRef],
  )
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const anchorRef = useRef(anchor)
  const dismissRef = useRef(onDismiss)
  useLayoutEffect(() => {
    anchorRef.current = anchor
    dismissRef.current = onDismiss
  })

  useLayoutEffect(() => {
    const place = () => {
      const box = anchorRef.current()
      const el = ref.current
      if (!box || !el) return
      const next = placeFloating(box, { width: el.offsetWidth, height: el.offsetHeight }, { width: window.innerWidth, height: window.innerHeight })
      setPosition((prev) => (prev && prev.top === next.top && prev.left === next.left ? prev : next))
    }
    place()
    let frame = 0
    const onMove = () => {
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0
          place()
        })
    }
    // Capture: the reader scrolls inside its own pane, not the window.
    window.addEventListener('scroll', onMove, true)
    window.addEventListener('resize', onMove)
    const observer = new ResizeObserver(onMove)
    if (ref.current) observer.observe(ref.current)
    return () => {
      window.removeEventListener('scroll', onMove, true)
      window.removeEventListener('resize', onMove)
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [anchorKey])

  useEffect(() => {
    if (!onDismiss) return
    const onDown = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) dismissRef.current?.()
    }
    document.addEventListener('mousedown', onDown, true)
    return () => document.removeEventListener('mousedown', onDown, true)
  }, [onDismiss])

  return (
    <div
      ref={setRef}
      className={`floating ${className}`}
      role={role}
      aria-label={label}
      data-testid={testId}
      style={position ? { top: position.top, left: position.left } : { top: -9999, left: -9999 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onDismiss) {
          event.preventDefault()
          event.stopPropagation()
          onDismiss()
        }
      }}
    >
      {children}
    </div>
  )
}
