import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { errorMessage } from './format'

export interface Action<A extends unknown[]> {
  /** Runs the action unless it is already running; resolves to whether it succeeded. */
  run(...args: A): Promise<boolean>
  busy: boolean
  /** Why the last run failed, until the next one starts. */
  error: string | null
  clearError(): void
}

/** The busy flag and failure message of a button's action (a request to main), in one place. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)
  const latest = useRef(action)
  useLayoutEffect(() => {
    latest.current = action
  })

  const run = useCallback(async (...args: A) => {
    if (running.current) return false
    running.current = true
    setBusy(true)
    setError(null)
    try {
      await latest.current(...args)
      return true
    } catch (failure: unknown) {
      setError(errorMessage(failure))
      return false
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  const clearError = useCallback(() => setError(null), [])
  return { run, busy, error, clearError }
}
