import { useEffect, useState } from 'react'
import type { AppState, NotebookInfo, TagView } from '../../../preload/contract'
import { noteSaveInFlight } from '../editor/note-saves'
import { errorMessage } from '../format'

export interface NotebookModel {
  info: NotebookInfo | null
  /** True when the notebook is open and can be read and written (not while another folder opens). */
  ready: boolean
  /** Changes with every notebook change (and every restore or reopen). */
  epoch: number
  /** Change when highlights, memos or tags may have changed: views refetch on the one they show. */
  epochs: { highlights: number; memos: number; tags: number }
  /** The notebook's tags with their counts (for completion, filters, chips). */
  tags: TagView[]
  /** Why the tags could not be loaded, if so. */
  tagsError: string | null
}

interface Current {
  info: NotebookInfo | null
  epoch: number
  epochs: NotebookModel['epochs']
}

const COUNTS = ['highlights', 'orphans', 'review', 'tags', 'memos'] as const
const sameCounts = (a: NotebookInfo | null, b: NotebookInfo) => a !== null && a.status === b.status && COUNTS.every((k) => a[k] === b[k])

/** The next state after a notebook change: a note save of one kind touches only that kind's views. */
function changed(prev: Current, info: NotebookInfo | null): Current {
  const note = info && sameCounts(prev.info, info) ? noteSaveInFlight() : null
  const { highlights, memos, tags } = prev.epochs
  return {
    info,
    epoch: prev.epoch + 1,
    epochs:
      note === 'highlight'
        ? { highlights: highlights + 1, memos, tags }
        : note === 'memo'
          ? { highlights, memos: memos + 1, tags }
          : { highlights: highlights + 1, memos: memos + 1, tags: tags + 1 },
  }
}

/**
 * Follows the notebook's status and counts from main, and keeps its tags at hand.
 * While another folder is being opened (`switching`) the notebook is not ready: a note
 * typed then could be saved after the switch, into the other folder's notebook.
 */
export function useNotebook(state: AppState | null, switching = false): NotebookModel {
  const [current, setCurrent] = useState<Current>({ info: null, epoch: 0, epochs: { highlights: 0, memos: 0, tags: 0 } })
  const [tags, setTags] = useState<{ list: TagView[]; error: string | null }>({ list: [], error: null })

  useEffect(() => {
    setCurrent((prev) => changed({ ...prev, info: null }, state?.notebook ?? null))
  }, [state])

  useEffect(() => window.exzerpt.on('notebook', (info) => setCurrent((prev) => changed(prev, info))), [])

  const ready = current.info?.status === 'open' && !switching
  useEffect(() => {
    if (!ready) {
      setTags({ list: [], error: null })
      return
    }
    let alive = true
    window.exzerpt
      .listTags()
      .then((list) => alive && setTags({ list, error: null }))
      .catch((error: unknown) => alive && setTags((prev) => ({ list: prev.list, error: errorMessage(error) })))
    return () => {
      alive = false
    }
  }, [ready, current.epochs.tags])

  return { info: current.info, ready, epoch: current.epoch, epochs: current.epochs, tags: tags.list, tagsError: tags.error }
}
