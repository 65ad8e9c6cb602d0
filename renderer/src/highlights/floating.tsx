import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'
import { placeFloating, type Box } from './place-floating'

interface FloatingProps {
  /** Where to attach; read again on scroll and resize (the anchor moves with the text). Null hides the box (the anchor is out of view). */
  anchor(): Box | null
  /** Changes when the anchor is another one (a new selection): the box is placed anew. */
  anchorKey: unknown
  className?: string
  role?: string
  label?: string
  testId?: string
  /** Called on Esc inside, and on a mouse press outside unless `onOutside` says no; omit for a passive card. */
  onDismiss?(): void
  /** Asked on a mouse press outside: true lets it dismiss the box (the default), false keeps it (something typed would be lost). */
  onOutside?(): boolean
  /** Receives the box element too (e.g. to tell whether focus is inside). */
  boxRef?: RefObject<HTMLDivElement | null>
  children: ReactNode
}

/** A box floating over the page next to an anchor (a selection, a pointer). */
export function Floating({ anchor, anchorKey, className = '', role, label, testId, onDismiss, onOutside, boxRef, children }: FloatingProps) {
  const ref = useRef<HTMLDivElement | null>(null)
  const setRef = useCallback(
    (el: HTMLDivElement | null) => {
      ref.current = el
      if (boxRef) boxRef.current = el
    },
    [boxRef],
  )
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const latest = useRef({ anchor, onDismiss, onOutside })
  useLayoutEffect(() => {
    latest.current = { anchor, onDismiss, onOutside }
  })

  useLayoutEffect(() => {
    const place = () => {
      const box = latest.current.anchor()
      const el = ref.current
      if (!el) return
      if (!box) return setPosition(null)
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

  const dismissable = onDismiss !== undefined
  useEffect(() => {
    if (!dismissable) return
    const onDown = (event: MouseEvent) => {
      if (!ref.current || ref.current.contains(event.target as Node)) return
      const { onDismiss: dismiss, onOutside: ask } = latest.current
      if (!ask || ask()) dismiss?.()
    }
    document.addEventListener('mousedown', onDown, true)
    return () => document.removeEventListener('mousedown', onDown, true)
  }, [dismissable])

  return (
    <div
      ref={setRef}
      className={`floating ${className}`}
      role={role}
      aria-label={label}
      data-testid={testId}
      data-hidden={position ? undefined : ''}
      style={position ? { top: position.top, left: position.left } : { top: -9999, left: -9999, visibility: 'hidden' }}
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
