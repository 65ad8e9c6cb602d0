import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fsErrorReason } from './fs-error-reason'
import { CorpusNotFoundError, formatSize, scanCorpus } from './scan-corpus'

let root: string
let outside: string

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-scan-'))
  root = path.join(base, 'corpus')
  outside = path.join(base, 'outside')
  await mkdir(path.join(root, 'nested/deeper'), { recursive: true })
  await mkdir(path.join(root, 'zeta'), { recursive: true })
  await mkdir(path.join(root, '.hidden'), { recursive: true })
  await mkdir(path.join(root, '.exzerpt'), { recursive: true })
  await mkdir(outside, { recursive: true })
  await writeFile(path.join(root, 'a.txt'), 'Titel A\n\nText.')
  await writeFile(path.join(root, 'Z-upper.TXT'), 'Großbuchstaben sortieren vor Kleinbuchstaben')
  await writeFile(path.join(root, 'nested/b.md'), '# Titel B\n\nText.')
  await writeFile(path.join(root, 'nested/b2.markdown'), 'Text.')
  await writeFile(path.join(root, 'nested/deeper/c.HTML'), '<title>C</title><p>Text</p>')
  await writeFile(path.join(root, 'nested/deeper/d.htm'), '<p>D</p>')
  await writeFile(path.join(root, 'zeta/z.txt'), 'z')
  await writeFile(path.join(root, '.hidden/secret.txt'), 'no')
  await writeFile(path.join(root, '.exzerpt/notebook.txt'), 'no')
  await writeFile(path.join(root, '.dotfile.txt'), 'no')
  await writeFile(path.join(root, 'scan.pdf'), '%PDF')
  await writeFile(path.join(root, 'README'), 'no extension')
  await writeFile(path.join(root, 'big.txt'), 'x'.repeat(5000))
  await writeFile(path.join(root, 'binary.txt'), Buffer.from([1, 2, 0, 3]))
  await writeFile(path.join(outside, 'leak.txt'), 'outside')
  await symlink(path.join(outside, 'leak.txt'), path.join(root, 'leak.txt'))
  await symlink(outside, path.join(root, 'leak-dir'))
  await symlink(path.join(root, 'a.txt'), path.join(root, 'alias.txt'))
  await symlink(path.join(root, '.hidden/secret.txt'), path.join(root, 'secret-alias.txt'))
  await symlink(path.join(root, 'nope.txt'), path.join(root, 'broken.txt'))
  // A link to an ancestor (a loop) and one to a sibling folder that sorts before it.
  await symlink(root, path.join(root, 'nested/loop'))
  await symlink(path.join(root, 'zeta'), path.join(root, 'alpha-link'))
})

describe('scanCorpus', () => {
  it('lists supported files recursively, sorted by id, and ignores hidden entries', async () => {
    const { files } = await scanCorpus(root, { maxBytes: 1000 })
    expect(files.map((f) => f.id)).toEqual([
      'Z-upper.TXT',
      'a.txt',
      'alias.txt',
      'binary.txt',
      'nested/b.md',
      'nested/b2.markdown',
      'nested/deeper/c.HTML',
      'nested/deeper/d.htm',
      'zeta/z.txt',
    ])
    const kinds = Object.fromEntries(files.map((f) => [f.id, f.kind]))
    expect(kinds).toMatchObject({ 'a.txt': 'text', 'nested/b.md': 'markdown', 'nested/b2.markdown': 'markdown', 'nested/deeper/c.HTML': 'html', 'nested/deeper/d.htm': 'html' })
    const a = files.find((f) => f.id === 'a.txt')!
    expect(a.absPath).toBe(path.join(root, 'a.txt'))
    expect(a.size).toBe(Buffer.byteLength('Titel A\n\nText.'))
    expect(a.mtimeMs).toBeGreaterThan(0)
  })

  it('reports what it skipped and why, without stopping', async () => {
    const { skipped } = await scanCorpus(root, { maxBytes: 1000 })
    expect(skipped).toEqual([
      { path: 'README', reason: 'unsupported file type (no extension)' },
      { path: 'big.txt', reason: 'too large (4.9 KB, limit 1000 bytes)' },
      { path: 'broken.txt', reason: 'broken link' },
      { path: 'leak-dir', reason: 'link points outside the corpus folder' },
      { path: 'leak.txt', reason: 'link points outside the corpus folder' },
      { path: 'scan.pdf', reason: 'unsupported file type (.pdf)' },
      { path: 'secret-alias.txt', reason: 'link points into a hidden folder' },
    ])
  })

  it('uses a 20 MiB limit by default', async () => {
    const { files } = await scanCorpus(root)
    expect(files.map((f) => f.id)).toContain('big.txt')
    expect(formatSize(23.1 * 1024 * 1024)).toBe('23.1 MB')
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB')
  })

  it('ends symlink loops and lists a linked folder once, under its real path', async () => {
    const { files } = await scanCorpus(root)
    expect(files.filter((f) => f.id.includes('loop'))).toEqual([])
    expect(files.filter((f) => f.id.endsWith('z.txt')).map((f) => f.id)).toEqual(['zeta/z.txt'])
  })

  it('follows a link to a folder inside the corpus that is not otherwise reachable', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-scan-link-'))
    await mkdir(path.join(base, '.store/texts'), { recursive: true })
    await mkdir(path.join(base, 'real'), { recursive: true })
    await writeFile(path.join(base, 'real/r.txt'), 'r')
    await symlink(path.join(base, 'real'), path.join(base, 'mirror'))
    await symlink(path.join(base, 'mirror'), path.join(base, 'mirror2'))
    const { files, skipped } = await scanCorpus(base)
    expect(files.map((f) => f.id)).toEqual(['real/r.txt'])
    expect(skipped).toEqual([])
  })

  // CI runs as root, for whom nothing is unreadable: the permission path is covered through its
  // wording (fs-error-reason) rather than a test that could only skip there.
  it('words permission and vanishing errors plainly', () => {
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied')
    expect(fsErrorReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toMatch(/vanished/)
  })

  it('scans an empty folder', async () => {
    expect(await scanCorpus(await mkdtemp(path.join(os.tmpdir(), 'exzerpt-scan-empty-')))).toEqual({ files: [], skipped: [] })
  })

  it('throws a clear error naming the path for a missing folder or a file', async () => {
    const missing = path.join(root, 'missing')
    await expect(scanCorpus(missing)).rejects.toThrow(CorpusNotFoundError)
    await expect(scanCorpus(missing)).rejects.toThrow(missing)
    await expect(scanCorpus(path.join(root, 'a.txt'))).rejects.toThrow(/not found or not a folder/)
  })
})
