import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SnapshotAdapter } from './snapshot-adapter'
import { stringifySnapshot } from './stringify-snapshot'
import type { NotebookSnapshot } from './stringify-snapshot'
import { makeHighlight, makeMemo, makeTag, noteDoc } from './test-records'

async function collect(snapshot: NotebookSnapshot, options = {}): Promise<string[]> {
  const chunks: string[] = []
  for await (const chunk of stringifySnapshot(snapshot, options)) chunks.push(chunk)
  return chunks
}

describe('stringifySnapshot', () => {
  it('produces the same data as JSON.stringify, one record per line', async () => {
    const snapshot: NotebookSnapshot = {
      schemaVersion: 1,
      journalSeq: 42,
      highlights: Array.from({ length: 50 }, (_, i) => makeHighlight(`h${i}`, { note: noteDoc(`„Zitat“ ${i}\n`) })),
      tags: [makeTag('t')],
      memos: [makeMemo('m'), makeMemo('n', { docId: 'doc-2' })],
    }
    const chunks = await collect(snapshot, { chunkChars: 1000 })
    expect(chunks.length).toBeGreaterThan(10)
    const text = chunks.join('')
    expect(JSON.parse(text)).toEqual(snapshot)
    expect(text.split('\n').filter((l) => l.includes('"docHash"'))).toHaveLength(50)
  })

  it('handles empty collections', async () => {
    const empty: NotebookSnapshot = { schemaVersion: 1, journalSeq: 0, highlights: [], tags: [], memos: [] }
    expect(JSON.parse((await collect(empty)).join(''))).toEqual(empty)
  })

  it('yields to the event loop while serializing a large notebook', async () => {
    const snapshot: NotebookSnapshot = {
      schemaVersion: 1,
      journalSeq: 0,
      highlights: Array.from({ length: 20_000 }, (_, i) => makeHighlight(`h${i}`, { note: noteDoc('x'.repeat(300)) })),
      tags: [],
      memos: [],
    }
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    await collect(snapshot, { sliceMs: 1 })
    clearInterval(timer)
    expect(ticks).toBeGreaterThan(0)
  })
})

describe('SnapshotAdapter', () => {
  it('writes durably through a temp file and reads back what it wrote', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-snapshot-'))
    try {
      const file = path.join(dir, 'notebook.json')
      const adapter = new SnapshotAdapter(file)
      expect(await adapter.read()).toBeNull()
      const snapshot: NotebookSnapshot = { schemaVersion: 1, journalSeq: 3, highlights: [makeHighlight('h')], tags: [], memos: [] }
      await adapter.write(snapshot)
      expect(await adapter.read()).toEqual(snapshot)
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(snapshot)
      expect(await readdir(dir)).toEqual(['notebook.json'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
