import { appendFile, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { CorpusNotFoundError } from '../corpus/scan-corpus'
import { tempCorpus } from '../testing/temp-corpus'
import { CACHE_FILE } from './index-cache'
import { Workspace } from './workspace'

let base: string
let corpusDir: string

beforeEach(async () => {
  ;({ base, corpusDir } = await tempCorpus('exzerpt-ws-'))
})

const open = () => Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data') })

describe('Workspace', () => {
  it('builds the index on first open and keeps it beside the corpus', async () => {
    const phases: string[] = []
    const ws = await Workspace.open(corpusDir, { fallbackDataRoot: base, onProgress: (p) => phases.push(p.phase) })
    expect(ws.indexOrigin).toBe('built')
    expect(ws.dataDir).toBe(path.join(corpusDir, '.exzerpt'))
    expect(ws.documents.map((d) => d.id)).toEqual([
      '000_5cd4faa8f2970c73.txt',
      '001_9c5a38ccf7a2ab37.txt',
      '002_67fc38371021b643.txt',
      '003_73e5e5628885fd09.txt',
      '004_2bdebc3cd27daffb.txt',
    ])
    expect(phases).toContain('index')
    expect(phases.at(-1)).toBe('done')
    expect((await readFile(path.join(ws.dataDir, CACHE_FILE), 'utf8')).length).toBeGreaterThan(1000)
  })

  it('loads the saved index when nothing changed, with the same results', async () => {
    const first = await open()
    const before = await first.search('Munition')
    const again = await open()
    expect(again.indexOrigin).toBe('loaded')
    // Scores may differ in the last bits (MiniSearch re-derives averages on load).
    const round = (r: typeof before) => ({ ...r, results: r.results.map((x) => ({ ...x, score: Number(x.score.toFixed(9)) })) })
    expect(round(await again.search('Munition'))).toEqual(round(before))
  })

  it('re-indexes added, changed and removed files incrementally', async () => {
    await open()
    // Many more documents, so that three changes stay under the full-rebuild threshold.
    for (let i = 0; i < 12; i++) await writeFile(path.join(corpusDir, `extra-${i}.txt`), `Notiz ${i}\n\nNur ein Platzhaltertext ${i}.`)
    await open()
    await writeFile(path.join(corpusDir, 'new.txt'), 'Neue Meldung\n\nDie Zeppelinwerft in Friedrichshafen meldet Rekorde.')
    await appendFile(path.join(corpusDir, '003_73e5e5628885fd09.txt'), '\nNachtrag: Quokkas sind niedlich.\n')
    await rm(path.join(corpusDir, '004_2bdebc3cd27daffb.txt'))
    const ws = await open()
    expect(ws.indexOrigin).toBe('updated')
    expect(ws.has('004_2bdebc3cd27daffb.txt')).toBe(false)
    expect((await ws.search('Zeppelinwerft')).results.map((r) => r.id)).toEqual(['new.txt'])
    expect((await ws.search('Quokkas')).results.map((r) => r.id)).toEqual(['003_73e5e5628885fd09.txt'])
    expect((await ws.search('Imperialismus')).results.map((r) => r.id)).not.toContain('004_2bdebc3cd27daffb.txt')
    // The list stays in path order: a re-read file does not move to the end.
    const ids = ws.documents.map((d) => d.id)
    expect(ids).toEqual([...ids].sort())
    expect(ids.indexOf('003_73e5e5628885fd09.txt')).toBe(3)
  })

  it('tells of a change once when several reads of the changed file overlap', async () => {
    const ws = await open()
    const id = '003_73e5e5628885fd09.txt'
    await ws.getDocument(id)
    await appendFile(path.join(corpusDir, id), '\nNachtrag.\n')
    const changes: string[] = []
    ws.onDocumentChanged((changed) => changes.push(changed))
    const [a, b, c] = await Promise.all([ws.getDocument(id), ws.getText(id), ws.getDocument(id)])
    expect(a.text).toContain('Nachtrag.')
    expect(b).toBe(a.text)
    expect(c.hash).toBe(a.hash)
    expect(changes).toEqual([id])
    expect(ws.state().changedDocuments).toEqual({ [id]: 1 })
  })

  it('treats a touched but unchanged file as unchanged (content hash)', async () => {
    await open()
    const future = new Date(Date.now() + 60_000)
    await utimes(path.join(corpusDir, '000_5cd4faa8f2970c73.txt'), future, future)
    const ws = await open()
    expect(ws.indexOrigin).toBe('loaded')
    expect((await open()).indexOrigin).toBe('loaded')
  })

  it('rebuilds instead of trusting a damaged or foreign saved index', async () => {
    const ws = await open()
    const file = path.join(ws.dataDir, CACHE_FILE)
    await writeFile(file, 'garbage')
    expect((await open()).indexOrigin).toBe('built')
    const raw = await readFile(file, 'utf8')
    const newline = raw.indexOf('\n')
    const index = JSON.parse(raw.slice(newline + 1)) as { version: number }
    index.version = -1
    await writeFile(file, `${raw.slice(0, newline)}\n${JSON.stringify(index)}`)
    expect((await open()).indexOrigin).toBe('built')
  })

  it('reports a vanished file clearly when it is read', async () => {
    const ws = await open()
    await rm(path.join(corpusDir, '001_9c5a38ccf7a2ab37.txt'))
    await expect(ws.getDocument('001_9c5a38ccf7a2ab37.txt')).rejects.toThrow(/001_9c5a38ccf7a2ab37\.txt|no longer|vanished|not found|missing/i)
  })

  it('fails with a clear message for a missing folder', async () => {
    await expect(Workspace.open(path.join(base, 'nope'), { fallbackDataRoot: base })).rejects.toBeInstanceOf(CorpusNotFoundError)
  })

  it('returns malformed queries as an error message, not an exception', async () => {
    const ws = await open()
    const response = await ws.search('"Kim Jong')
    expect(response.error).toMatch(/quote/i)
    expect(response.results).toEqual([])
  })
})
