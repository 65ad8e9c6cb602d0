import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertOutsideCorpus, ExportTargetError, foreignFiles, hasExzerptFrontMatter } from './export-target'

describe('hasExzerptFrontMatter', () => {
  it('knows its own front matter, with LF or CRLF line ends', () => {
    const own = '---\ntitle: "Exzerpt: corpus"\ncorpus: corpus\nexzerpt: 1\n---\n\n# Exzerpt\n'
    expect(hasExzerptFrontMatter(own)).toBe(true)
    expect(hasExzerptFrontMatter(own.replaceAll('\n', '\r\n'))).toBe(true)
  })

  it('takes anything else as not its own, quickly even for long CRLF front matter', () => {
    const long = `---\r\n${'a: b\r\n'.repeat(5_000)}---\r\nexzerpt: 1\r\n`
    const started = performance.now()
    expect(hasExzerptFrontMatter(long)).toBe(false)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(hasExzerptFrontMatter('# Meine Notiz\nexzerpt: 1\n')).toBe(false)
    expect(hasExzerptFrontMatter('---\ntitle: x\n---\nexzerpt: 1\n')).toBe(false)
    expect(hasExzerptFrontMatter('')).toBe(false)
  })
})

describe('export targets', () => {
  it('lists same-named files and folders Exzerpt did not write', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-target-'))
    await writeFile(path.join(dir, 'ours.md'), '---\r\ntitle: x\r\nexzerpt: 1\r\n---\r\n')
    await writeFile(path.join(dir, 'theirs.md'), `---\r\n${'tags: [a]\r\n'.repeat(40)}---\r\nMeine Notiz\r\n`)
    await mkdir(path.join(dir, 'folder.md'))
    expect(await foreignFiles(dir, ['ours.md', 'theirs.md', 'folder.md', 'new.md'])).toEqual(['theirs.md', 'folder.md'])
  })

  it('refuses a place inside the corpus, also through a link to it', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-target-'))
    const corpus = path.join(base, 'corpus')
    await mkdir(corpus)
    await symlink(corpus, path.join(base, 'link'))
    await expect(assertOutsideCorpus(corpus, path.join(corpus, 'notes', 'a.md'))).rejects.toThrow(ExportTargetError)
    await expect(assertOutsideCorpus(corpus, path.join(base, 'link', 'new', 'a.md'))).rejects.toThrow(/inside the corpus folder/)
    await expect(assertOutsideCorpus(corpus, corpus)).rejects.toThrow(ExportTargetError)
    await expect(assertOutsideCorpus(corpus, path.join(base, 'corpus-notes', 'a.md'))).resolves.toBeUndefined()
  })
})
