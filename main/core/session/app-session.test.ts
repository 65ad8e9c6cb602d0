import { cp, readFile } from 'node:fs/promises'
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
  })

  it('keeps the open corpus and reports an error when a folder cannot be opened', async () => {
    const { userDataDir, a, base } = await setup()
    const session = new AppSession({ userDataDir, defaultCorpus: a })
    await session.start()
    await expect(session.open(path.join(base, 'missing'))).rejects.toThrow()
    expect(session.state().error).toMatch(/not found/)
    expect(session.state().corpus?.root).toBe(a)
    expect(session.state().indexing).toBeNull()
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
