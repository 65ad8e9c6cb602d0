import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from './resolve-data-dir'

describe('resolveDataDir', () => {
  it('keeps data inside the corpus when it can', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-data-'))
    await mkdir(path.join(base, 'corpus'))
    expect(await resolveDataDir(path.join(base, 'corpus'), path.join(base, 'app'))).toBe(path.join(base, 'corpus', '.exzerpt'))
  })

  it('falls back to the app folder, keyed by the corpus path, when the corpus cannot take a .exzerpt folder', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-data-'))
    const corpus = path.join(base, 'corpus')
    await mkdir(corpus)
    // A file where the folder would go makes the corpus unusable for data, as a read-only folder does.
    await writeFile(path.join(corpus, '.exzerpt'), 'in the way')
    const dir = await resolveDataDir(corpus, path.join(base, 'app'))
    expect(dir.startsWith(path.join(base, 'app', 'corpora', 'corpus-'))).toBe(true)
    expect((await stat(dir)).isDirectory()).toBe(true)
    expect(await resolveDataDir(corpus, path.join(base, 'app'))).toBe(dir)
  })
})
