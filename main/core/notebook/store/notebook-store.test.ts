import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SCHEMA_VERSION } from '../notebook-schema'
import { NotebookStore } from './notebook-store'
import { makeHighlight, makeMemo, makeTag, noteDoc } from './test-records'

let dir: string
const open: NotebookStore[] = []

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-notebook-'))
})
afterEach(async () => {
  for (const store of open.splice(0)) await store.close().catch(() => {})
  await rm(dir, { recursive: true, force: true })
})

async function openStore(options: Parameters<typeof NotebookStore.open>[1] = {}): Promise<NotebookStore> {
  const store = await NotebookStore.open(dir, options)
  open.push(store)
  return store
}

function readText(name: string): Promise<string> {
  return readFile(path.join(dir, name), 'utf8')
}

describe('NotebookStore', () => {
  it('creates an empty notebook file on first open', async () => {
    const store = await openStore()
    expect(store.file).toBe(path.join(dir, 'notebook.json'))
    expect(store.data).toEqual({ schemaVersion: SCHEMA_VERSION, highlights: [], tags: [], memos: [] })
    expect(JSON.parse(await readText('notebook.json'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, highlights: [] })
  })

  it('keeps what was put across close and reopen', async () => {
    const store = await openStore()
    await store.putTag(makeTag('t1'))
    await store.putHighlight(makeHighlight('h1', { tagIds: ['t1'], note: noteDoc('Wichtig') }))
    await store.putMemo(makeMemo('m1'))
    await store.close()
    const again = await openStore()
    expect(again.data.highlights).toEqual([makeHighlight('h1', { tagIds: ['t1'], note: noteDoc('Wichtig') })])
    expect(again.data.tags).toEqual([makeTag('t1')])
    expect(again.data.memos).toEqual([makeMemo('m1')])
    expect(again.getHighlight('h1')?.tagIds).toEqual(['t1'])
  })

  it('has an acknowledged change in the journal on disk before close, and in the snapshot after', async () => {
    const store = await openStore()
    await store.putHighlight(makeHighlight('h1', { note: noteDoc('im Journal') }))
    const lines = (await readText('notebook.journal')).trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toEqual([{ seq: 1, op: 'putHighlight', value: makeHighlight('h1', { note: noteDoc('im Journal') }) }])
    await store.deleteHighlight('h1')
    await store.putHighlight(makeHighlight('h2'))
    await store.close()
    const snapshot = JSON.parse(await readText('notebook.json'))
    expect(snapshot.highlights.map((h: { id: string }) => h.id)).toEqual(['h2'])
    expect(snapshot.journalSeq).toBe(3)
    expect(await readText('notebook.journal')).toBe('')
  })

  it('loses no acknowledged change when the process dies without closing', async () => {
    const store = await openStore({ coalesceMs: 0 })
    await Promise.all([store.putHighlight(makeHighlight('a')), store.putTag(makeTag('t')), store.putMemo(makeMemo('m'))])
    await store.deleteTag('t')
    await store.putHighlight(makeHighlight('a', { color: 'green' }))
    // No close: read the files afresh, as a new process after a crash would.
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.highlights).toEqual([makeHighlight('a', { color: 'green' })])
    expect(fresh.data.tags).toEqual([])
    expect(fresh.data.memos).toEqual([makeMemo('m')])
    await fresh.close()
  })

  it('shows changes in memory at once and resolves each promise only after its append', async () => {
    const store = await openStore()
    const saved = store.putHighlight(makeHighlight('h1'))
    expect(store.data.highlights.map((h) => h.id)).toEqual(['h1'])
    await saved
    expect(await readText('notebook.journal')).toContain('"h1"')
  })

  it('coalesces rapid note updates into few appends, and every promise resolves', async () => {
    const store = await openStore({ coalesceMs: 100 })
    await store.putHighlight(makeHighlight('typed'))
    const before = store.stats.appends
    const saves: Promise<void>[] = []
    for (let i = 1; i <= 50; i++) {
      saves.push(store.putHighlight(makeHighlight('typed', { note: noteDoc('x'.repeat(i)) })))
      await new Promise((r) => setTimeout(r, 2))
    }
    await Promise.all(saves)
    expect(store.stats.appends - before).toBeLessThanOrEqual(4)
    expect(store.stats.syncs).toBe(store.stats.appends)
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.getHighlight('typed')?.note).toEqual(noteDoc('x'.repeat(50)))
    await fresh.close()
  })

  it('writes a lone save at once rather than waiting out the coalescing window', async () => {
    const store = await openStore({ coalesceMs: 5_000 })
    const start = performance.now()
    await store.putHighlight(makeHighlight('one'))
    await store.putHighlight(makeHighlight('two'))
    expect(performance.now() - start).toBeLessThan(1_000)
  })

  it('group-commits concurrent saves of different records', async () => {
    const store = await openStore()
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.putHighlight(makeHighlight(`h${i}`))))
    expect(store.stats.appends).toBeLessThanOrEqual(2)
    expect(store.data.highlights).toHaveLength(100)
  })

  it('keeps a held put ordered before a later delete of the same record', async () => {
    const store = await openStore({ coalesceMs: 10_000 })
    await store.putHighlight(makeHighlight('h'))
    const edit = store.putHighlight(makeHighlight('h', { color: 'red' }))
    await store.deleteHighlight('h')
    await edit
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.highlights).toEqual([])
    await fresh.close()
  })

  it('applies a batch as one journal line', async () => {
    const store = await openStore()
    await store.putTag(makeTag('old'))
    await store.putHighlight(makeHighlight('h', { tagIds: ['old'] }))
    await store.apply([
      { op: 'putTag', value: makeTag('new') },
      { op: 'putHighlight', value: makeHighlight('h', { tagIds: ['new'] }) },
      { op: 'deleteTag', id: 'old' },
    ])
    const lines = (await readText('notebook.journal')).trim().split('\n')
    expect(lines).toHaveLength(3)
    expect(JSON.parse(lines[2]!)).toMatchObject({ seq: 3, op: 'batch' })
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.tags).toEqual([makeTag('new')])
    expect(fresh.getHighlight('h')?.tagIds).toEqual(['new'])
    await fresh.close()
  })

  it('rejects a malformed record without changing anything', async () => {
    const store = await openStore()
    const bad = { ...makeHighlight('h'), note: undefined } as never
    await expect(store.putHighlight(bad)).rejects.toThrow(/note/)
    await expect(store.apply([{ op: 'putTag', value: makeTag('ok') }, { op: 'putTag', value: { id: 'x' } as never }])).rejects.toThrow(
      /name/,
    )
    expect(store.data.highlights).toEqual([])
    expect(store.data.tags).toEqual([])
    expect(await readText('notebook.journal')).toBe('')
  })

  it('stores a copy, so later changes to the caller’s object do not leak in', async () => {
    const store = await openStore()
    const h = makeHighlight('h')
    await store.putHighlight(h)
    h.tagIds.push('sneaky')
    expect(store.getHighlight('h')?.tagIds).toEqual([])
  })

  it('compacts when the journal grows, keeping everything and truncating the journal', async () => {
    const store = await openStore({ compactAfterOps: 20, coalesceMs: 0 })
    for (let i = 0; i < 45; i++) await store.putHighlight(makeHighlight(`h${i}`, { note: noteDoc(`Notiz ${i}`) }))
    await store.flush()
    await store.compact()
    expect(store.stats.compactions).toBeGreaterThanOrEqual(2)
    expect(store.stats.journalBytes).toBe(0)
    expect(await readText('notebook.journal')).toBe('')
    const snapshot = JSON.parse(await readText('notebook.json'))
    expect(snapshot.highlights).toHaveLength(45)
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.highlights).toEqual(store.data.highlights)
    await fresh.close()
  })

  it('keeps journaling during a compaction and carries those lines over', async () => {
    const store = await openStore({ coalesceMs: 0 })
    for (let i = 0; i < 200; i++) void store.putHighlight(makeHighlight(`h${i}`))
    await store.flush()
    const compaction = store.compact()
    const during = Array.from({ length: 20 }, (_, i) => store.putHighlight(makeHighlight(`late${i}`)))
    await Promise.all([compaction, ...during])
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.highlights).toHaveLength(220)
    await fresh.close()
  })

  it('refuses changes after close', async () => {
    const store = await openStore()
    await store.close()
    await expect(store.putTag(makeTag('t'))).rejects.toThrow(/closed/)
  })
})
