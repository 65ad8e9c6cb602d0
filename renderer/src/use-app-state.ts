import { useCallback, useEffect, useState } from 'react'
import type { AppState, IndexProgress } from '../../preload/contract'
import { pendingSaves } from './editor/pending-saves'
import { errorMessage } from './format'
import { useAction } from './use-action'

export interface AppStateModel {
  /** Null until main has answered the first time. */
  state: AppState | null
  /** Non-null while main indexes; the bar itself follows the progress events (see IndexingProgress). */
  indexing: IndexProgress | null
  /** Set when the last "Open folder…" failed; cleared by the next attempt. */
  openError: string | null
  opening: boolean
  openFolder(): void
}

/** Subscribes to main's state and progress events and keeps the latest of each. */
export function useAppState(): AppStateModel {
  const [state, setState] = useState<AppState | null>(null)

  useEffect(() => {
    const api = window.exzerpt
    let alive = true
    // Subscribe before asking, so nothing between the answer and the subscription is lost.
    // An event is always at least as new as the answer to a question asked before it, so once
    // one has arrived the answer is dropped (a transport that delivers the answer late must not
    // put an old state back). Progress events are followed by IndexingProgress alone, so a busy
    // indexer does not re-render the whole app.
    let heard = false
    const offState = api.on('state', (next) => {
      heard = true
      if (alive) setState(next)
    })
    api
      .getState()
      .then((next) => {
        if (alive && !heard) setState(next)
      })
      .catch((error: unknown) => {
        if (alive && !heard) setState({ corpus: null, notebook: null, error: errorMessage(error), indexing: null })
      })
    return () => {
      alive = false
      offState()
    }
  }, [])

  const opener = useAction(async () => {
    // Opening another folder closes this notebook: what is still being typed is saved first.
    if (!(await pendingSaves.flushAll())) throw new Error('A note could not be saved. Retry or discard it (in the notebook pane) before opening another folder.')
    const result = await window.exzerpt.openFolder()
    if (result.status === 'opened') setState(result.state)
    else if (result.status === 'failed') throw new Error(result.error)
  })
  const run = opener.run
  const openFolder = useCallback(() => void run(), [run])

  return { state, indexing: state?.indexing ?? null, openError: opener.error, opening: opener.busy, openFolder }
}
