import { useEffect, useState } from 'react'

/** `value`, once it has stayed the same for `ms` (an emptied value follows at once). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  const immediate = value === '' || value === null
  useEffect(() => {
    if (immediate) {
      setSettled(value)
      return
    }
    const timer = window.setTimeout(() => setSettled(value), ms)
    return () => window.clearTimeout(timer)
  }, [value, ms, immediate])
  return immediate ? value : settled
}
