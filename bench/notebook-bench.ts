import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { SCHEMA_VERSION, type Highlight, type NotebookData } from '../main/core/notebook/notebook-schema'
import { Notebook } from '../main/core/notebook/notebook'
import { toHighlightView } from '../main/core/notebook/notebook-views'
import { NotebookStore } from '../main/core/notebook/store/notebook-store'
import { parseQuery } from '../main/core/search/query-parser'
import { openNotebookInfo } from '../main/core/session/notebook-info'
import { collectGarbage, percentile, round } from './measure'

// Notebook save latency and main-thread blocking: our snapshot + journal store
// against plain lowdb rewriting the whole file, at two notebook sizes.

const WORDS = (
  'der die das und nicht Regierung Moskau Sanktionen Verhandlungen Bericht Minister erklärte ' +
  'Außenpolitik Wirtschaft Gespräche Bundestag Entscheidung gegenüber jedoch bereits Einfluss ' +
  'Öffentlichkeit Interessen Sicherheit Abkommen Grenze Truppen Lieferungen Energie Gasversorgung'
).split(' ')

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function prose(next: () => number, chars: number): string {
  let text = ''
  while (text.length < chars) text += WORDS[Math.floor(next() * WORDS.length)]! + ' '
  return text.slice(0, chars)
}

/** The content hash the fake corpus reports for a document (so opening the notebook re-anchors nothing). */
function docHashOf(docId: string): string {
  return `hash-of-${docId}`
}

/** A highlight of realistic size: ~150-char quote, 32 chars of context each side, ~300 chars of tiptap JSON note. */
function makeHighlight(i: number, next: () => number): Highlight {
  const docId = `doc-${Math.floor(next() * 2000)}`
  const start = Math.floor(next() * 200_000)
  const exact = prose(next, 150)
  const stamp = new Date(1_714_557_600_000 + i * 60_000).toISOString()
  return {
    id: `hl-${i.toString(36).padStart(6, '0')}-${Math.floor(next() * 1e9).toString(36)}`,
    docId,
    docHash: docHashOf(docId),
    position: { start, end: start + exact.length },
    quote: { exact, prefix: prose(next, 32), suffix: prose(next, 32) },
    status: 'exact',
    color: 'yellow',
    tagIds: next() < 0.5 ? ['tag-akteure-russland'] : [],
    note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: prose(next, 220) }] }] },
    createdAt: stamp,
    updatedAt: stamp,
  }
}

/** Watches the main thread: longest gap between 1 ms timer ticks, and the event-loop delay histogram. */
class BlockProbe {
  #timer: NodeJS.Timeout | null = null
  #last = 0
  #longest = 0
  #histogram = monitorEventLoopDelay({ resolution: 1 })

  start(): void {
    this.#last = performance.now()
    this.#longest = 0
    this.#histogram.reset()
    this.#histogram.enable()
    this.#timer = setInterval(() => {
      const now = performance.now()
      this.#longest = Math.max(this.#longest, now - this.#last)
      this.#last = now
    }, 1)
  }

  async stop(): Promise<{ longestTickGapMs: number; eventLoopDelayMaxMs: number }> {
    // One more tick, so a block at the very end is counted.
    await sleep(3)
    this.#longest = Math.max(this.#longest, performance.now() - this.#last)
    clearInterval(this.#timer!)
    this.#histogram.disable()
    return { longestTickGapMs: round(this.#longest, 1), eventLoopDelayMaxMs: round(this.#histogram.max / 1e6, 1) }
  }
}

/**
 * The path a highlight takes in the app, after validation: Notebook.addHighlight (tags
 * resolved, anchor made, journal line fsynced), the notebook info main sends to the window
 * after every change, and the view returned to the window.
 */
async function benchAppPath(dir: string, saves: number, next: () => number, probe: BlockProbe): Promise<Record<string, unknown>> {
  const text = prose(next, 250_000)
  const docs = { documentHash: (id: string) => docHashOf(id), getText: async () => text, documentTitle: (id: string) => id }
  const notebook = await Notebook.open(dir, docs)
  notebook.onChange(() => void openNotebookInfo(notebook, dir, dir))
  const durable: number[] = []
  probe.start()
  for (let i = 0; i < saves; i++) {
    const start = performance.now()
    const h = await notebook.addHighlight({ docId: `doc-${i % 2000}`, start: i * 100, end: i * 100 + 150, tags: ['Akteure/Russland', `Thema ${i % 20}`] })
    toHighlightView(h, docs)
    durable.push(performance.now() - start)
  }
  const block = await probe.stop()
  const pane = await benchPane(notebook)
  await notebook.close()
  return { saves, durableMs: { ...latency(durable), target: 'p95 <= 50 (at 10k)' }, mainThread: { ...block, target: '<= 16' }, pane }
}

/**
 * What the notebook pane and search ask of a large notebook: a text filter (first and
 * repeated, as when typing), the list of all documents (with the re-anchoring check the
 * handler runs first), and a notes search right after a tag rename.
 */
async function benchPane(notebook: Notebook): Promise<Record<string, number>> {
  const time = async (run: () => unknown) => {
    const start = performance.now()
    await run()
    return round(performance.now() - start, 1)
  }
  notebook.warmUpSearch()
  await notebook.searchNotes(parseQuery('Regierung'), () => null)
  const tag = notebook.data.tags.find((t) => t.name === 'Akteure/Russland')!
  let renamed = 0
  return {
    textFilterFirstMs: await time(() => notebook.query({ text: 'gasvers', sort: 'position' })),
    textFilterAgainMs: await time(() => notebook.query({ text: 'gasversorgung minist', sort: 'position' })),
    allDocumentsMs: await time(async () => {
      await notebook.ensureAnchored()
      return notebook.query({ sort: 'position' })
    }),
    notesSearchAfterTagRenameMs: await time(async () => {
      await notebook.updateTag(tag.id, { name: `Akteure/Russland ${++renamed}` })
      return notebook.searchNotes(parseQuery('Russland'), () => null)
    }),
  }
}

function latency(times: number[]): { p50: number; p95: number; max: number } {
  return { p50: round(percentile(times, 50), 2), p95: round(percentile(times, 95), 2), max: round(Math.max(...times), 2) }
}

async function benchSize(count: number, saves: number): Promise<Record<string, unknown>> {
  const next = rng(count)
  const dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-notebook-bench-'))
  try {
    const highlights = Array.from({ length: count }, (_, i) => makeHighlight(i, next))
    const initial: NotebookData & { journalSeq: number } = { schemaVersion: SCHEMA_VERSION, journalSeq: 0, highlights, tags: [], memos: [] }
    const file = path.join(dir, 'notebook.json')
    await writeFile(file, JSON.stringify(initial))
    const fileMB = round((await stat(file)).size / 1e6, 1)
    collectGarbage()

    // Opening parses the whole snapshot at once; reported, but not part of the save targets.
    let t = performance.now()
    const store = await NotebookStore.open(dir)
    const openMs = round(performance.now() - t, 0)
    await sleep(500) // let the background backup copy made at open finish
    collectGarbage()

    const probe = new BlockProbe()
    const durable: number[] = []
    const sync: number[] = []
    probe.start()
    for (let i = 0; i < saves; i++) {
      const h = makeHighlight(count + i, next)
      const start = performance.now()
      const saved = store.putHighlight(h)
      sync.push(performance.now() - start)
      await saved
      durable.push(performance.now() - start)
    }
    const savesBlock = await probe.stop()
    collectGarbage()

    // A compaction while saves keep coming in.
    probe.start()
    t = performance.now()
    const compaction = store.compact().then(() => performance.now() - t)
    const during: number[] = []
    let done = false
    void compaction.then(() => (done = true))
    for (let i = 0; !done && i < 10_000; i++) {
      const start = performance.now()
      await store.putHighlight(makeHighlight(count + saves + i, next))
      during.push(performance.now() - start)
      await sleep(5)
    }
    const compactionMs = await compaction
    const compactionBlock = await probe.stop()

    t = performance.now()
    await store.close()
    const closeMs = round(performance.now() - t, 0)
    collectGarbage()

    const app = await benchAppPath(dir, saves, next, probe)
    collectGarbage()

    // Plain lowdb: every save rewrites the whole file (steno: temp file + rename, no fsync).
    const plainSaves = count > 20_000 ? Math.min(saves, 20) : saves
    const plainFile = path.join(dir, 'plain.json')
    await writeFile(plainFile, JSON.stringify(initial))
    const db = new Low<NotebookData>(new JSONFile(plainFile), initial)
    await db.read()
    collectGarbage()
    const plainTimes: number[] = []
    probe.start()
    for (let i = 0; i < plainSaves; i++) {
      const start = performance.now()
      db.data.highlights.push(makeHighlight(count + 50_000 + i, next))
      await db.write()
      plainTimes.push(performance.now() - start)
    }
    const plainBlock = await probe.stop()

    return {
      highlights: count,
      snapshotMB: fileMB,
      openMs,
      ours: {
        saves,
        durableMs: { ...latency(durable), target: 'p95 <= 50 (at 10k)' },
        syncPartMaxMs: round(Math.max(...sync), 2),
        mainThread: { ...savesBlock, target: '<= 16' },
      },
      compaction: {
        ms: round(compactionMs, 0),
        savesDuring: during.length,
        durableDuringMs: during.length ? latency(during) : null,
        mainThread: { ...compactionBlock, target: '<= 16' },
      },
      closeMs,
      app,
      plainLowdb: { saves: plainSaves, saveMs: latency(plainTimes), mainThread: plainBlock, note: 'no fsync' },
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Notebook save benchmark; `quick` uses 2,000 and 10,000 highlights instead of 10,000 and 100,000. */
export async function runNotebookBench(options: { quick?: boolean }): Promise<Record<string, unknown>> {
  const sizes = options.quick ? [2_000, 10_000] : [10_000, 100_000]
  const saves = options.quick ? 50 : 200
  const results: Record<string, unknown> = { section: 'notebook' }
  for (const size of sizes) results[`n${size}`] = await benchSize(size, saves)
  return results
}
