import { watch, type FSWatcher } from 'node:fs'
import path from 'node:path'
import { DATA_FOLDER } from './resolve-data-dir'

/** How long a file must be quiet before it is looked at: editors and sync tools write in several steps. */
const SETTLE_MS = 250

/** How many reported documents are looked at at once (a folder sync may touch hundreds). */
const LOOKS_AT_ONCE = 4

/**
 * Watches a corpus folder and has `lookAt` look at each document (`isDocument`) that
 * changed, by corpus-relative path (`/` separators, as document ids are), once writes to
 * it have settled, a few documents at a time. Exzerpt's own data folder is ignored.
 * Watching is a convenience: where the system cannot (too many folders for its watch
 * limit, a network drive), `onError` is told and changes are still noticed the next time
 * a file is read. Returns the function that stops watching.
 */
export function watchCorpus(
  root: string,
  isDocument: (id: string) => boolean,
  lookAt: (id: string) => Promise<void>,
  onError: (error: Error) => void = () => {},
): () => void {
  const reported = new Set<string>()
  let looking = 0
  let stopped = false
  const next = (): void => {
    while (!stopped && looking < LOOKS_AT_ONCE && reported.size) {
      const id = reported.values().next().value as string
      reported.delete(id)
      looking++
      void lookAt(id)
        .catch(() => {})
        .finally(() => {
          looking--
          next()
        })
    }
  }
  const onFile = (id: string): void => {
    if (!isDocument(id)) return
    reported.add(id)
    next()
  }
  const timers = new Map<string, NodeJS.Timeout>()
  let watcher: FSWatcher | null = null
  try {
    watcher = watch(root, { recursive: true, persistent: false }, (_event, name) => {
      if (!name) return
      const id = name.toString().split(path.sep).join('/')
      if (id === DATA_FOLDER || id.startsWith(`${DATA_FOLDER}/`)) return
      clearTimeout(timers.get(id))
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id)
          onFile(id)
        }, SETTLE_MS),
      )
    })
    watcher.on('error', (error) => {
      onError(error)
      stop()
    })
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)))
  }
  function stop(): void {
    stopped = true
    reported.clear()
    watcher?.close()
    watcher = null
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  }
  return stop
}
