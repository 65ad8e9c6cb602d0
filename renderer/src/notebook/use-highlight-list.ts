import { useEffect, useState } from 'react'
import type { HighlightList, HighlightQuery } from '../../../preload/contract'
import { errorMessage } from '../format'

/** Questions on their way to main, by query and epoch: two views asking the same (the reader's paint and the pane) share one answer. */
const inFlight = new Map<string, Promise<HighlightList>>()

function ask(key: string, epoch: number): Promise<HighlightList> {
  const id = `${epoch}\0${key}`
  let pending = inFlight.get(id)
  if (!pending) {
    pending = window.exzerpt.listHighlights(JSON.parse(key) as HighlightQuery).finally(() => inFlight.delete(id))
    inFlight.set(id, pending)
  }
  return pending
}

export interface HighlightListAnswer {
  list: HighlightList | null
  error: string | null
  /** False while the list shown answers an earlier query (a newer one is on its way). */
  current: boolean
}

/**
 * Asks main for the highlights matching a query (main filters and sorts) and
 * asks again when the notebook changes (`epoch`). The last answer stays shown
 * while a newer one is on its way; answers to older questions are dropped.
 */
export function useHighlightList(query: HighlightQuery | null, epoch: number): HighlightListAnswer {
  const [answer, setAnswer] = useState<{ key: string; epoch: number; list: HighlightList | null; error: string | null } | null>(null)
  const key = query === null ? null : JSON.stringify(query)

  useEffect(() => {
    if (key === null) {
      setAnswer(null)
      return
    }
    let alive = true
    ask(key, epoch)
      .then((list) => alive && setAnswer({ key, epoch, list, error: null }))
      .catch((error: unknown) => alive && setAnswer({ key, epoch, list: null, error: errorMessage(error) }))
    return () => {
      alive = false
    }
  }, [key, epoch])

  if (key === null || !answer) return { list: null, error: null, current: false }
  return { list: answer.list, error: answer.error, current: answer.key === key && answer.epoch === epoch }
}
