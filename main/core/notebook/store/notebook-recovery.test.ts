import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBackups, restoreBackup } from './notebook-backups'
import { NotebookCorruptError, NotebookStore, NotebookTooNewError } from './notebook-store'
import { SCHEMA_VERSION } from '../notebook-schema'
import { NOTEBOOK_MIGRATIONS } from './migrate-notebook'
import { makeHighlight, makeTag } from './test-records'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-recovery-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const file = (name: string) => path.join(dir, name)

async function seed(ids: string[]): Promise<void> {
  const store = await NotebookStore.open(dir)
  for (const id of ids) await store.putHighlight(makeHighlight(id))
  await store.close()
}

describe('journal recovery', () => {
  it('ignores a torn last journal line and appends cleanly after it', async () => {
    const store = await NotebookStore.open(dir, { lock: false })
    await store.putHighlight(makeHighlight('kept'))
    await appendFile(file('notebook.journal'), '{"seq":2,"op":"putHighlight","value":{"id":"tor')
    const fresh = await NotebookStore.open(dir, { lock: false })
    expect(fresh.data.highlights.map((h) => h.id)).toEqual(['kept'])
    await fresh.putHighlight(makeHighlight('after'))
    const again = await NotebookStore.open(dir, { lock: false })
    expect(again.data.highlights.map((h) => h.id)).toEqual(['kept', 'after'])
    for (const s of [again, fresh]) await s.close()
    await store.close().catch(() => {})
  })

  it('refuses a damaged line in the middle of the journal and leaves it untouched', async () => {
    await writeFile(file('notebook.json'), JSON.stringify({ schemaVersion: 1, journalSeq: 0, highlights: [], tags: [], memos: [] }))
    const journal = '{"seq":1,"op":"putTag","value":' + JSON.stringify(makeTag('a')) + '}\nGARBAGE\n{"seq":3,"op":"deleteTag","id":"a"}\n'
    await writeFile(file('notebook.journal'), journal)
    const error = await NotebookStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotebookCorruptError)
    expect((error as NotebookCorruptError).file).toBe(file('notebook.journal'))
    expect((error as Error).message).toMatch(/line 2/)
    expect(await readFile(file('notebook.journal'), 'utf8')).toBe(journal)
    expect(await readdir(dir)).not.toContain('notebook.lock')
  })

  it('skips journal lines the snapshot already contains', async () => {
    const snapshot = { schemaVersion: 1, journalSeq: 2, highlights: [makeHighlight('b')], tags: [], memos: [] }
    await writeFile(file('notebook.json'), JSON.stringify(snapshot))
    const lines = [
      { seq: 1, op: 'putHighlight', value: makeHighlight('a') },
      { seq: 2, op: 'deleteHighlight', id: 'a' },
      { seq: 3, op: 'putHighlight', value: makeHighlight('c') },
    ]
    await writeFile(file('notebook.journal'), lines.map((l) => JSON.stringify(l) + '\n').join(''))
    const store = await NotebookStore.open(dir)
    expect(store.data.highlights.map((h) => h.id)).toEqual(['b', 'c'])
    await store.putHighlight(makeHighlight('d'))
    expect((await readFile(file('notebook.journal'), 'utf8')).trim().split('\n').at(-1)).toContain('"seq":4')
    await store.close()
  })

  it('treats a journal without its snapshot as damage', async () => {
    const journal = JSON.stringify({ seq: 1, op: 'putTag', value: makeTag('a') }) + '\n'
    await writeFile(file('notebook.journal'), journal)
    await expect(NotebookStore.open(dir)).rejects.toBeInstanceOf(NotebookCorruptError)
    expect(await readdir(dir)).toEqual(['notebook.journal'])
  })
})

describe('damaged or foreign notebook files', () => {
  it.each([
    ['bad JSON', '{"schemaVersion":1,"highlights":[{"id":'],
    ['wrong shape', JSON.stringify({ schemaVersion: 1, highlights: 'nope', tags: [], memos: [] })],
    ['bad record', JSON.stringify({ schemaVersion: 1, highlights: [{ ...makeHighlight('h'), position: null }], tags: [], memos: [] })],
    ['no version', JSON.stringify({ highlights: [], tags: [], memos: [] })],
  ])('refuses %s with NotebookCorruptError and leaves the bytes unchanged', async (_label, text) => {
    await writeFile(file('notebook.json'), text)
    const error = await NotebookStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotebookCorruptError)
    expect((error as NotebookCorruptError).file).toBe(file('notebook.json'))
    expect((error as Error).message).toContain('left unchanged')
    expect(await readFile(file('notebook.json'), 'utf8')).toBe(text)
    expect((await readdir(dir)).sort()).toEqual(['notebook.json'])
  })

  it('refuses a notebook from a newer format without touching it', async () => {
    const text = JSON.stringify({ schemaVersion: 7, journalSeq: 0, highlights: [], tags: [], memos: [], future: true })
    await writeFile(file('notebook.json'), text)
    const error = await NotebookStore.open(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NotebookTooNewError)
    expect((error as Error).message).toMatch(/newer version of Exzerpt.*format 7/)
    expect(await readFile(file('notebook.json'), 'utf8')).toBe(text)
  })

  it('migrates an older format on open, keeps the old file as a backup and rewrites it', async () => {
    // A made-up format 0: highlights kept the quoted text flat and tags were plain names.
    const v0 = {
      schemaVersion: 0,
      journalSeq: 1,
      highlights: [{ ...makeHighlight('h'), quote: undefined, text: 'Die Lage ist ernst.', tagIds: undefined, tags: ['Akteure'] }],
    }
    await writeFile(file('notebook.json'), JSON.stringify(v0))
    await writeFile(file('notebook.journal'), JSON.stringify({ seq: 2, op: 'putHighlight', value: { ...v0.highlights[0], id: 'j', tags: [] } }) + '\n')
    const migrations = {
      ...NOTEBOOK_MIGRATIONS,
      0: (data: Record<string, unknown>) => {
        const tags = new Map<string, string>()
        const highlights = (data['highlights'] as Array<Record<string, unknown>>).map(({ text, tags: names, ...rest }) => {
          for (const n of names as string[]) tags.set(n, `tag-${n}`)
          return { ...rest, quote: { exact: text, prefix: '', suffix: '' }, tagIds: (names as string[]).map((n) => `tag-${n}`) }
        })
        return { ...data, highlights, tags: [...tags].map(([name, id]) => ({ id, name, color: null, description: '' })), memos: [] }
      },
    }
    const store = await NotebookStore.open(dir, { migrations })
    expect(store.getHighlight('h')?.quote.exact).toBe('Die Lage ist ernst.')
    expect(store.getHighlight('h')?.tagIds).toEqual(['tag-Akteure'])
    expect(store.getHighlight('j')?.tagIds).toEqual([])
    expect(store.data.tags.map((t) => t.name)).toEqual(['Akteure'])
    const onDisk = JSON.parse(await readFile(file('notebook.json'), 'utf8'))
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION)
    expect(onDisk.highlights).toHaveLength(2)
    expect(await readFile(file('notebook.journal'), 'utf8')).toBe('')
    const backups = await readdir(file('backups'))
    expect(JSON.parse(await readFile(path.join(dir, 'backups', backups[0]!), 'utf8')).schemaVersion).toBe(0)
    await store.close()
  })

  it('refuses an older format it has no upgrade step for', async () => {
    const text = JSON.stringify({ schemaVersion: 0, highlights: [], tags: [], memos: [] })
    await writeFile(file('notebook.json'), text)
    await expect(NotebookStore.open(dir)).rejects.toThrow(/no migration from notebook format 0/)
    expect(await readFile(file('notebook.json'), 'utf8')).toBe(text)
  })
})

describe('backups', () => {
  it('backs up the previous file at open, lists backups newest first and restores one', async () => {
    await seed(['a', 'b'])
    const store = await NotebookStore.open(dir)
    await store.putHighlight(makeHighlight('c'))
    await store.close()
    // The first close backed up its fresh snapshot; the second open saw no newer file to back up.
    let backups = await listBackups(dir)
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatchObject({ valid: true, counts: { highlights: 2, tags: 0, memos: 0 } })

    // The next open backs up the file the last session wrote; opening it again unchanged adds nothing.
    await (await NotebookStore.open(dir)).close()
    await new Promise((r) => setTimeout(r, 5))
    await (await NotebookStore.open(dir)).close()
    backups = await listBackups(dir)
    expect(backups.length).toBe(2)
    expect(backups[0]!.createdAt.getTime()).toBeGreaterThan(backups[1]!.createdAt.getTime())
    expect(backups[0]!.counts?.highlights).toBe(3)

    await writeFile(path.join(dir, 'backups', 'notebook-2000-01-01T00-00-00-000Z.json'), '{broken')
    backups = await listBackups(dir)
    expect(backups.at(-1)).toMatchObject({ valid: false, name: 'notebook-2000-01-01T00-00-00-000Z.json' })

    const damaged = '{"schemaVersion":1,"highl'
    await writeFile(file('notebook.json'), damaged)
    await appendFile(file('notebook.journal'), JSON.stringify({ seq: 99, op: 'deleteHighlight', id: 'a' }) + '\n')
    await expect(NotebookStore.open(dir)).rejects.toBeInstanceOf(NotebookCorruptError)
    await expect(restoreBackup(dir, 'notebook-2000-01-01T00-00-00-000Z.json')).rejects.toThrow()
    await restoreBackup(dir, backups[1]!.name)
    const names = await readdir(dir)
    const aside = names.find((n) => n.startsWith('notebook.json.corrupt-'))
    expect(aside).toBeDefined()
    expect(await readFile(path.join(dir, aside!), 'utf8')).toBe(damaged)
    expect(names.some((n) => n.startsWith('notebook.journal.corrupt-'))).toBe(true)
    const restored = await NotebookStore.open(dir)
    expect(restored.data.highlights.map((h) => h.id)).toEqual(['a', 'b'])
    await restored.close()
  })

  it('keeps at most five backups', async () => {
    await mkdir(file('backups'))
    for (let i = 0; i < 7; i++) {
      const name = `notebook-2020-01-0${i + 1}T00-00-00-000Z.json`
      await writeFile(path.join(dir, 'backups', name), JSON.stringify({ schemaVersion: 1, journalSeq: 0, highlights: [], tags: [], memos: [] }))
    }
    await seed(['x'])
    await (await NotebookStore.open(dir)).close()
    const backups = await listBackups(dir)
    expect(backups).toHaveLength(5)
    expect(backups[0]!.counts?.highlights).toBe(1)
  })
})

describe('format 1 → 2', () => {
  it('keeps a format-1 fuzzy passage as the candidate to confirm, and leaves other highlights alone', async () => {
    const fuzzy = makeHighlight('f', { status: 'fuzzy', position: { start: 5, end: 20 } })
    const exact = makeHighlight('e')
    await writeFile(file('notebook.json'), JSON.stringify({ schemaVersion: 1, journalSeq: 0, highlights: [fuzzy, exact], tags: [], memos: [] }))
    const store = await NotebookStore.open(dir)
    expect(store.getHighlight('f')?.fuzzy).toEqual({ start: 5, end: 20, exact: fuzzy.quote.exact, score: null })
    expect(store.getHighlight('e')).toEqual(exact)
    await store.close()
    expect(JSON.parse(await readFile(file('notebook.json'), 'utf8')).schemaVersion).toBe(2)
  })
})
