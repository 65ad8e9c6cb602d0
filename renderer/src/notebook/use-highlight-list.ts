import { useEffect, useState } from 'react'
import type { HighlightList, HighlightQuery } from '../../../preload/contract'
import { errorMessage } from '../format'

/**
 * Asks main for the highlights matching a query (main filters and sorts) and
 * asks again when the notebook changes (`epoch`). The last answer stays shown
 * while a newer one is on its way; answers to older questions are dropped.
 */
export function useHighlightList(query: HighlightQuery | null, epoch: number): { list: HighlightList | null; error: string | null } {
  const [answer, setAnswer] = useState<{ key: string; list: HighlightList | null; error: string | null } | null>(null)
  const key = query === null ? null : JSON.stringify(query)

  useEffect(() => {
    if (key === null) {
      setAnswer(null)
      return
    }
    let alive = true
    window.exzerpt
      .listHighlights(JSON.parse(key) as HighlightQuery)
      .then((list) => alive && setAnswer({ key, list, error: null }))
      .catch((error: unknown) => alive && setAnswer({ key, list: null, error: errorMessage(error) }))
    return () => {
      alive = false
    }
  }, [key, epoch])

  if (key === null || !answer) return { list: null, error: null }
  return { list: answer.list, error: answer.error }
}
