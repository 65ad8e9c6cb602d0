import { useEffect, useState } from 'react'
import type { DocumentView, TextRange } from '../../preload/contract'
import { errorMessage } from './format'

interface Loaded<T> {
  key: string
  value: T | null
  error: string | null
}

/** Loads one document by id; the answer for an id that is no longer wanted is dropped. */
export function useDocument(id: string | null, generation: string | null): { doc: DocumentView | null; loading: boolean; error: string | null } {
  const [loaded, setLoaded] = useState<Loaded<DocumentView> | null>(null)
  const key = id === null ? null : `${generation ?? ''}\0${id}`

  useEffect(() => {
    if (id === null || key === null) return
    let alive = true
    window.exzerpt
      .getDocument(id)
      .then((doc) => alive && setLoaded({ key, value: doc, error: null }))
      .catch((error: unknown) => alive && setLoaded({ key, value: null, error: errorMessage(error) }))
    return () => {
      alive = false
    }
  }, [id, key])

  const current = loaded && loaded.key === key ? loaded : null
  return { doc: current?.value ?? null, loading: key !== null && current === null, error: current?.error ?? null }
}

/** The ranges of the query's matches in a document (null when there is no query or no answer yet). */
export function useMatches(id: string | null, query: string): TextRange[] | null {
  const [loaded, setLoaded] = useState<{ id: string; query: string; ranges: TextRange[] } | null>(null)

  useEffect(() => {
    if (id === null || !query) return
    let alive = true
    window.exzerpt
      .findInDocument(id, query)
      .then((matches) => alive && setLoaded({ id, query, ranges: matches.ranges }))
      .catch(() => alive && setLoaded({ id, query, ranges: [] }))
    return () => {
      alive = false
    }
  }, [id, query])

  return loaded && id !== null && query && loaded.id === id && loaded.query === query ? loaded.ranges : null
}
