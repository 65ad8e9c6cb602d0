import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'

/** Milliseconds spent in `fn`. */
export function timeMs(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/** p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Rounds for printing. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

let gcFn: (() => void) | null | undefined
/**
 * A full garbage collection, so heap deltas measure what is retained. Uses
 * `global.gc` when run with --expose-gc, else enables it at runtime (V8 flag).
 */
export function collectGarbage(): boolean {
  if (gcFn === undefined) {
    const global = globalThis as { gc?: () => void }
    if (typeof global.gc === 'function') gcFn = global.gc
    else {
      try {
        setFlagsFromString('--expose-gc')
        gcFn = runInNewContext('gc') as () => void
      } catch {
        gcFn = null
      }
    }
  }
  if (!gcFn) return false
  gcFn()
  gcFn()
  return true
}

/** Heap in use after a full collection (bytes). */
export function settledHeap(): number {
  collectGarbage()
  return process.memoryUsage().heapUsed
}
