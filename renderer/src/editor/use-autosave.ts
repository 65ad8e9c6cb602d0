import { useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '../format'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export interface Autosave<T> {
  status: SaveStatus
  /** Why the last save failed (the edit is kept and goes out again with the next one, or with retry). */
  error: string | null
  /** True while an edit has not reached disk yet. */
  dirty: boolean
  schedule(value: T): void
  /** Saves a waiting edit now (on blur, on close). */
  flush(): void
  retry(): void
}

/**
 * Debounced saving of an edited value: waits `delay` ms after the last edit,
 * saves one value at a time in order (main resolves once it is on disk), and
 * on failure keeps the value for the next attempt. An edit still waiting when
 * the component goes away is saved then.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 400): Autosave<T> {
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [error, setError] = useState<string | null>(null)
  const saveRef = useRef(save)
  const waiting = useRef<{ value: T } | null>(null)
  const timer = useRef(0)
  const running = useRef(false)
  const mounted = useRef(true)

  useEffect(() => {
    saveRef.current = save
  })

  const run = useCallback(async () => {
    window.clearTimeout(timer.current)
    timer.current = 0
    if (running.current || !waiting.current) return
    running.current = true
    while (waiting.current) {
      const { value } = waiting.current
      waiting.current = null
      if (mounted.current) setStatus('saving')
      try {
        await saveRef.current(value)
        if (mounted.current) {
          setError(null)
          setStatus(waiting.current ? 'pending' : 'saved')
        }
      } catch (failure: unknown) {
        // Keep the failed value unless a newer edit replaced it; it goes out with the next try.
        waiting.current ??= { value }
        if (mounted.current) {
          setError(errorMessage(failure))
          setStatus('error')
        }
        break
      }
    }
    running.current = false
  }, [])

  const schedule = useCallback(
    (value: T) => {
      waiting.current = { value }
      if (!running.current) setStatus('pending')
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void run(), delay)
    },
    [delay, run],
  )

  const flush = useCallback(() => void run(), [run])

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      void run()
    }
  }, [run])

  return { status, error, dirty: status === 'pending' || status === 'saving' || status === 'error', schedule, flush, retry: flush }
}
