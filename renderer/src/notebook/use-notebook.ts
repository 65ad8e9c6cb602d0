import { useEffect, useState } from 'react'
import type { AppState, NotebookInfo, TagView } from '../../../preload/contract'

export interface NotebookModel {
  info: NotebookInfo | null
  /** True when the notebook is open and can be read and written. */
  ready: boolean
  /** Changes with every notebook change (and every restore or reopen): views refetch on it. */
  epoch: number
  /** The notebook's tags with their counts (for completion, filters, chips). */
  tags: TagView[]
}

/** Follows the notebook's status and counts from main, and keeps its tags at hand. */
export function useNotebook(state: AppState | null): NotebookModel {
  const [current, setCurrent] = useState<{ info: NotebookInfo | null; epoch: number }>({ info: null, epoch: 0 })
  const [tags, setTags] = useState<TagView[]>([])

  useEffect(() => {
    setCurrent((prev) => ({ info: state?.notebook ?? null, epoch: prev.epoch + 1 }))
  }, [state])

  useEffect(() => window.exzerpt.on('notebook', (info) => setCurrent((prev) => ({ info, epoch: prev.epoch + 1 }))), [])

  const ready = current.info?.status === 'open'
  useEffect(() => {
    if (!ready) {
      setTags([])
      return
    }
    let alive = true
    window.exzerpt
      .listTags()
      .then((next) => alive && setTags(next))
      .catch(() => {})
    return () => {
      alive = false
    }
  }, [ready, current.epoch])

  return { info: current.info, ready, epoch: current.epoch, tags }
}
