import { monitorEventLoopDelay } from 'node:perf_hooks'
import { buildIndexInWorker } from '../main/core/search/build-index-in-worker'
import type { IndexableDocument } from '../main/core/search/search-index'
import { round } from './measure'

export interface WorkerBenchResult {
  section: 'worker'
  buildMs: number
  /** Longest gap between 5 ms timer ticks on the main thread while the worker indexed (wall clock). */
  longestMainThreadBlockMs: number
  /**
   * Most main-thread *busy* time within one such gap (event-loop utilization):
   * tells the main thread's own work apart from the OS not scheduling it
   * while the worker and its GC threads occupy the cores.
   */
  longestMainThreadBusyMs: number
  eventLoopDelayMaxMs: number
  target: '<= 50 ms'
}

/** How long the main thread is blocked while the index is built in a worker thread. */
export async function runWorkerBench(docs: IndexableDocument[]): Promise<WorkerBenchResult> {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  let last = performance.now()
  let longest = 0
  let longestBusy = 0
  let elu = performance.eventLoopUtilization()
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    const next = performance.eventLoopUtilization()
    longestBusy = Math.max(longestBusy, performance.eventLoopUtilization(next, elu).active)
    elu = next
  }, 5)
  histogram.enable()
  const start = performance.now()
  last = start
  await buildIndexInWorker(docs)
  const buildMs = performance.now() - start
  // One more tick, so a block at the very end (receiving the result) is counted.
  await new Promise((resolve) => setTimeout(resolve, 10))
  longest = Math.max(longest, performance.now() - last)
  clearInterval(timer)
  histogram.disable()
  return {
    section: 'worker',
    buildMs: round(buildMs, 0),
    longestMainThreadBlockMs: round(longest, 1),
    longestMainThreadBusyMs: round(longestBusy, 1),
    eventLoopDelayMaxMs: round(histogram.max / 1e6, 1),
    target: '<= 50 ms',
  }
}
