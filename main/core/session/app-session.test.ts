import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLED_CORPUS, tempCorpus } from '../testing/temp-corpus'
import { AppSession } from './app-session'


async function setup() {
  const { base, corpusDir: a } = await tempCorpus('exzerpt-session-')
  const b = path.join(base, 'b')
  await cp(path.join(BUNDLED_CORPUS, '000_5cd4faa8f2970c73.txt'), path.join(b, 'only.txt'), { recursive: true })
  return { userDataDir: path.join(base, 'user-data'), a, b, base }
}

describe('AppSession', () => {
  it('opens the default corpus first, then remembers the last folder', async () => {
    const { userDataDir, a, b } = await setup()
    const events: string[] = []
    const first = new AppSession({ userDataDir, defaultCorpus: a, emit: (event) => events.push(event) })
    await first.start()
    expect(first.state().corpus?.documents).toHaveLength(5)
    expect(events).toContain('progress')
    expect(events.at(-1)).toBe('state')
    await first.open(b)
    expect(JSON.parse(await readFile(path.join(userDataDir, 'settings.json'), 'utf8'))).toEqual({ lastCorpus: b })

    const second = new AppSession({ userDataDir, defaultCorpus: a })
    await second.start()
    expect(second.state().corpus?.root).toBe(b)
    expect(second.state().corpus?.documents.map((d) => d.id)).toEqual(['only.txt'])
    await first.close()
    await second.close()
  })

  it('keeps the open corpus and reports an error when a folder cannot be opened', async () => {
    const { userDataDir, a, base } = await setup()
    const session = new AppSession({ userDataDir, defaultCorpus: a })
    await session.start()
    await expect(session.open(path.join(base, 'missing'))).rejects.toThrow()
    expect(session.state().error).toMatch(/not found/)
    expect(session.state().corpus?.root).toBe(a)
    expect(session.state().indexing).toBeNull()
    await session.close()
  })

  it('starts empty with a plain message when the remembered folder is gone', async () => {
    const { userDataDir, base } = await setup()
    const session = new AppSession({ userDataDir, defaultCorpus: path.join(base, 'gone') })
    await session.start()
    expect(session.state().corpus).toBeNull()
    expect(session.state().error).toMatch(/Corpus folder not found/)
    expect(() => session.current()).toThrow(/No corpus is open/)
  })
})

describe('AppSession and the notebook', () => {
  it('opens the notebook with the corpus and reports every change', async () => {
    const { userDataDir, a } = await setup()
    const events: Array<[string, unknown]> = []
    const session = new AppSession({ userDataDir, defaultCorpus: a, emit: (event, payload) => events.push([event, payload]) })
    await session.start()
    const info = session.state().notebook!
    expect(info).toMatchObject({ status: 'open', inCorpus: true, highlights: 0, problem: null })
    expect(info.file).toBe(path.join(a, '.exzerpt', 'notebook.json'))
    await session.notebook().addHighlightByQuote('001_9c5a38ccf7a2ab37.txt', 'Putin')
    const last = events.filter(([e]) => e === 'notebook').at(-1)?.[1] as { highlights: number; revision: number }
    expect(last).toMatchObject({ highlights: 1 })
    expect(last.revision).toBeGreaterThan(info.revision)
    await session.close()
  })

  it('keeps the corpus readable when the notebook is damaged, and restores the newest valid backup', async () => {
    const { userDataDir, a } = await setup()
    const first = new AppSession({ userDataDir, defaultCorpus: a })
    await first.start()
    await first.notebook().addHighlightByQuote('001_9c5a38ccf7a2ab37.txt', 'Putin')
    await first.close()
    // Reopening makes a backup of the snapshot as found (in the background); wait for it by closing.
    const second = new AppSession({ userDataDir, defaultCorpus: a })
    await second.start()
    await second.close()
    const file = path.join(a, '.exzerpt', 'notebook.json')
    await writeFile(file, '{"schemaVersion": 2, "highlights": [ oops')

    const session = new AppSession({ userDataDir, defaultCorpus: a })
    await session.start()
    const state = session.state()
    expect(state.corpus?.documents).toHaveLength(5)
    expect(state.notebook).toMatchObject({ status: 'failed', problem: { kind: 'corrupt' } })
    expect(state.notebook!.problem!.message).toMatch(/could not be read.*left unchanged/)
    expect(() => session.notebook()).toThrow(/not available: The notebook file/)
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 2, "highlights": [ oops')
    expect((await session.current().search('Putin')).results.length).toBeGreaterThan(0)

    const backup = state.notebook!.problem!.backups.find((b) => b.valid)!
    expect(backup.highlights).toBe(1)
    const restored = await session.restoreNotebookBackup(backup.name)
    expect(restored.notebook).toMatchObject({ status: 'open', highlights: 1 })
    const kept = (await readdir(path.join(a, '.exzerpt'))).filter((f) => f.startsWith('notebook.json.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(await readFile(path.join(a, '.exzerpt', kept[0]!), 'utf8')).toBe('{"schemaVersion": 2, "highlights": [ oops')
    await session.close()
  })

  it('releases the notebook when switching folders, so the same folder can be opened again', async () => {
    const { userDataDir, a, b } = await setup()
    const session = new AppSession({ userDataDir, defaultCorpus: a })
    await session.start()
    await session.open(a)
    expect(session.state().notebook?.status).toBe('open')
    await session.open(b)
    expect(session.state().notebook?.file).toBe(path.join(b, '.exzerpt', 'notebook.json'))
    await session.close()
  })

  it('re-anchors and tells the reader when a document changes on disk while it is open', async () => {
    const { userDataDir, a } = await setup()
    const events: Array<[string, unknown]> = []
    const session = new AppSession({ userDataDir, defaultCorpus: a, emit: (event, payload) => events.push([event, payload]) })
    await session.start()
    const doc = '001_9c5a38ccf7a2ab37.txt'
    const h = await session.notebook().addHighlightByQuote(doc, 'strategische Partnerschaft')
    const revision = session.state().corpus!.contentRevision
    const file = path.join(a, doc)
    await writeFile(file, `Ein neuer Absatz ganz oben.\n\n${await readFile(file, 'utf8')}`)
    events.length = 0
    const view = await session.current().getDocument(doc)
    expect(session.state().corpus!.contentRevision).toBe(revision + 1)
    // Told once the burst settled (100 ms).
    for (let i = 0; i < 100 && !events.some(([event]) => event === 'state'); i++) await new Promise((r) => setTimeout(r, 10))
    expect(events.some(([event]) => event === 'state')).toBe(true)
    for (let i = 0; i < 100 && session.notebook().getHighlight(h.id)!.status !== 'moved'; i++) await new Promise((r) => setTimeout(r, 10))
    const moved = session.notebook().getHighlight(h.id)!
    expect(moved.status).toBe('moved')
    expect(view.text.slice(moved.position.start, moved.position.end)).toBe('strategische Partnerschaft')
    expect(moved.docHash).toBe(view.hash)
    await session.close()
  })

  it('watches the open corpus: an edit made elsewhere re-anchors its highlights without anyone opening the document', async () => {
    const { userDataDir, a } = await setup()
    const events: string[] = []
    const session = new AppSession({ userDataDir, defaultCorpus: a, emit: (event) => events.push(event) })
    await session.start()
    const doc = '000_5cd4faa8f2970c73.txt'
    const h = await session.notebook().addHighlightByQuote(doc, 'Staatsbesuch')
    const file = path.join(a, doc)
    await writeFile(file, `Ganz oben steht nun ein neuer Satz.\n\n${await readFile(file, 'utf8')}`)
    for (let i = 0; i < 300 && session.notebook().getHighlight(h.id)!.status !== 'moved'; i++) await new Promise((r) => setTimeout(r, 10))
    expect(session.notebook().getHighlight(h.id)!.status).toBe('moved')
    expect(session.state().corpus!.changedDocuments).toEqual({ [doc]: 1 })
    expect(events).toContain('state')
    // Exzerpt's own writes (the notebook in .exzerpt/) are not taken for edits of the corpus.
    await session.notebook().createTag({ name: 'Ruhig' })
    await new Promise((r) => setTimeout(r, 400))
    expect(session.state().corpus!.contentRevision).toBe(1)
    await session.close()
  })

  it('restores a backup only over a damaged notebook, never over a locked one', async () => {
    const { userDataDir, a } = await setup()
    const holder = new AppSession({ userDataDir: `${userDataDir}-other`, defaultCorpus: a })
    await holder.start()
    await holder.notebook().createTag({ name: 'Bleibt' })
    const session = new AppSession({ userDataDir, defaultCorpus: a })
    await session.start()
    expect(session.state().notebook?.problem?.kind).toBe('locked')
    await expect(session.restoreNotebookBackup('notebook-anything.json')).rejects.toThrow(/Only a damaged notebook/)
    await session.close()
    expect(holder.notebook().data.tags.map((t) => t.name)).toEqual(['Bleibt'])
    await holder.close()
  })
})
