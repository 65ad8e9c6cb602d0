import { useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import { AutosaveQueue, type SaveStatus } from './autosave-queue'
import { pendingSaves, type PendingSaves } from './pending-saves'

export type { SaveStatus }

export interface Autosave<T> {
  status: SaveStatus
  /** Why the last save failed (the edit is kept and goes out again with the next one, or with retry). */
  error: string | null
  /** True while an edit has not reached disk yet. */
  dirty: boolean
  /** An edit an earlier editor of the same thing left unsaved: start from it instead of the stored value. */
  draft: T | null
  schedule(value: T): void
  /** Saves a waiting edit now (on blur, on retry). */
  flush(): void
}

/**
 * Autosaving for one edited thing, named by `key` (e.g. `note:<highlight id>`):
 * debounced, in order, failures kept (AutosaveQueue). The queue is registered
 * app-wide while the component is mounted and until it has saved, so a window
 * closing or reloading saves it first, and an edit still waiting (or failed)
 * when the component goes away is not lost.
 */
export function useAutosave<T>(key: string, save: (value: T) => Promise<unknown>, options: { delay?: number; registry?: PendingSaves } = {}): Autosave<T> {
  const registry = options.registry ?? pendingSaves
  const delay = options.delay ?? 400
  // A queue a closed editor of the same thing left behind carries its unsaved draft.
  const [slot, setSlot] = useState(() => ({ key, queue: (registry.get(key) as AutosaveQueue<T> | undefined) ?? new AutosaveQueue<T>(save, delay) }))
  const [draft] = useState(() => slot.queue.draft)
  const queue = slot.queue

  useLayoutEffect(() => {
    queue.setSave(save)
  })

  useEffect(() => {
    // Registered while mounted; another key (another note) means another queue.
    const own = slot.key === key ? slot.queue : new AutosaveQueue<T>(save, delay)
    const registered = registry.acquire(key, () => own)
    if (registered !== slot.queue || slot.key !== key) setSlot({ key, queue: registered as AutosaveQueue<T> })
    return () => registry.release(key)
    // `save` is kept current above; only the key and the registry choose the queue.
  }, [key, registry])

  const state = useSyncExternalStore(
    useCallback((listener: () => void) => queue.subscribe(listener), [queue]),
    () => queue.state,
  )
  return {
    status: state.status,
    error: state.error,
    dirty: state.status === 'pending' || state.status === 'saving' || state.status === 'error',
    draft,
    schedule: useCallback((value: T) => queue.schedule(value), [queue]),
    flush: useCallback(() => void queue.flush(), [queue]),
  }
}
