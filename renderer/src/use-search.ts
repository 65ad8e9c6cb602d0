import { useEffect, useRef, useState } from 'react'
import type { SearchResponse } from '../../preload/contract'
import { errorMessage } from './format'

const DEBOUNCE_MS = 100
const RESULT_LIMIT = 50

export interface SearchModel {
  /** The response for the latest settled query; null when the box is empty. */
  response: SearchResponse | null
  /** The query the shown response belongs to ('' when none). Reader matches follow this. */
  activeQuery: string
  /** True while a newer query than the shown one is in flight or waiting for the debounce. */
  pending: boolean
  /** A failed call (not a malformed query: that comes back as response.error). */
  failure: string | null
}

/**
 * As-you-type search: waits ~100 ms after the last keystroke, then asks main.
 * A sequence number drops answers that arrive after a newer query was sent.
 * `generation` changes when the corpus changes, forcing a fresh search.
 */
export function useSearch(query: string, generation: string | null): SearchModel {
  const [response, setResponse] = useState<SearchResponse | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [settled, setSettled] = useState('')
  const seq = useRef(0)
  const trimmed = query.trim()

  useEffect(() => {
    const mine = ++seq.current
    if (!trimmed || generation === null) {
      setResponse(null)
      setFailure(null)
      setSettled('')
      return
    }
    const timer = window.setTimeout(() => {
      window.exzerpt
        .search(trimmed, { limit: RESULT_LIMIT })
        .then((next) => {
          if (mine !== seq.current) return
          setResponse(next)
          setFailure(null)
          setSettled(trimmed)
        })
        .catch((error: unknown) => {
          if (mine !== seq.current) return
          setResponse(null)
          setFailure(errorMessage(error))
          setSettled(trimmed)
        })
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [trimmed, generation])

  return {
    response: trimmed ? response : null,
    activeQuery: trimmed && response && !response.error ? settled : '',
    pending: trimmed !== settled,
    failure: trimmed ? failure : null,
  }
}
