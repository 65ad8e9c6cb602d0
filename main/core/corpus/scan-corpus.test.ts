import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { DocumentReadError, loadDocument } from './load-document'
import { CorpusNotFoundError, scanCorpus, type CorpusFile } from './scan-corpus'

let root: string
let outside: string

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-scan-'))
  root = path.join(base, 'corpus')
  outside = path.join(base, 'outside')
  await mkdir(path.join(root, 'nested/deeper'), { recursive: true })
  await mkdir(path.join(root, '.hidden'), { recursive: true })
  await mkdir(path.join(root, '.exzerpt'), { recursive: true })
  await mkdir(outside, { recursive: true })
  await writeFile(path.join(root, 'a.txt'), 'Titel A\n\nText.')
  await writeFile(path.join(root, 'nested/b.md'), '# Titel B\n\nText.')
  await writeFile(path.join(root, 'nested/deeper/c.HTML'), '<title>C</title><p>Text</p>')
  await writeFile(path.join(root, 'legacy.txt'), iconv.encode('Grüße „aus“ Köln – 5 €\r\n', 'windows-1252'))
  await writeFile(path.join(root, '.hidden/secret.txt'), 'no')
  await writeFile(path.join(root, '.exzerpt/notebook.txt'), 'no')
  await writeFile(path.join(root, '.dotfile.txt'), 'no')
  await writeFile(path.join(root, 'scan.pdf'), '%PDF')
  await writeFile(path.join(root, 'README'), 'no extension')
  await writeFile(path.join(root, 'big.txt'), 'x'.repeat(5000))
  await writeFile(path.join(root, 'binary.txt'), Buffer.from([1, 2, 0, 3]))
  await writeFile(path.join(outside, 'leak.txt'), 'outside')
  await symlink(path.join(outside, 'leak.txt'), path.join(root, 'leak.txt'))
  await symlink(path.join(root, 'a.txt'), path.join(root, 'alias.txt'))
  await symlink(path.join(root, 'nope.txt'), path.join(root, 'broken.txt'))
  await symlink(root, path.join(root, 'nested/loop'))
})

describe('scanCorpus', () => {
  it('lists supported files recursively, sorted, and ignores hidden entries', async () => {
    const { files } = await scanCorpus(root, { maxBytes: 1000 })
    expect(files.map((f) => f.id)).toEqual(['a.txt', 'alias.txt', 'binary.txt', 'legacy.txt', 'nested/b.md', 'nested/deeper/c.HTML'])
    expect(files.find((f) => f.id === 'nested/deeper/c.HTML')?.kind).toBe('html')
  })

  it('reports what it skipped and why, without stopping', async () => {
    const { skipped } = await scanCorpus(root, { maxBytes: 1000 })
    const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]))
    expect(reasons['scan.pdf']).toBe('unsupported file type (.pdf)')
    expect(reasons['README']).toMatch(/unsupported/)
    expect(reasons['big.txt']).toMatch(/too large/)
    expect(reasons['leak.txt']).toBe('link points outside the corpus folder')
    expect(reasons['broken.txt']).toBe('broken link')
    expect(Object.keys(reasons).some((p) => p.startsWith('.'))).toBe(false)
  })

  it('throws a clear error for a missing folder', async () => {
    await expect(scanCorpus(path.join(root, 'missing'))).rejects.toThrow(CorpusNotFoundError)
    await expect(scanCorpus(path.join(root, 'a.txt'))).rejects.toThrow(/not found or not a folder/)
  })
})

describe('loadDocument', () => {
  const file = async (id: string): Promise<CorpusFile> => {
    const { files } = await scanCorpus(root)
    return files.find((f) => f.id === id)!
  }

  it('decodes legacy files to canonical text with metadata and hash', async () => {
    const doc = await loadDocument(await file('legacy.txt'))
    expect(doc.text).toBe('Grüße „aus“ Köln – 5 €\n')
    expect(doc.encoding).toBe('windows-1252')
    expect(doc.title).toBe('Grüße „aus“ Köln – 5 €')
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('extracts HTML text and title', async () => {
    const doc = await loadDocument(await file('nested/deeper/c.HTML'))
    expect(doc.title).toBe('C')
    expect(doc.text).toBe('Text')
  })

  it('refuses binary files with a plain reason', async () => {
    await expect(loadDocument(await file('binary.txt'))).rejects.toThrow(DocumentReadError)
    await expect(loadDocument(await file('binary.txt'))).rejects.toThrow(/binary/)
  })

  it('reports a vanished file', async () => {
    const gone: CorpusFile = { id: 'gone.txt', absPath: path.join(root, 'gone.txt'), size: 1, mtimeMs: 0, kind: 'text' }
    await expect(loadDocument(gone)).rejects.toThrow(/vanished/)
  })
})

describe('the bundled corpus', () => {
  const bundled = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus')

  it('has five UTF-8 documents with sensible titles and dates', async () => {
    const { files, skipped } = await scanCorpus(bundled)
    expect(skipped).toEqual([])
    const docs = await Promise.all(files.map(loadDocument))
    expect(docs.map((d) => d.encoding)).toEqual(Array(5).fill('utf-8'))
    expect(docs[0]!.title).toBe('Russlands Präsident Putin besucht Nordkorea zum ersten Mal seit 24 Jahren')
    const d003 = docs.find((d) => d.id === '003_73e5e5628885fd09.txt')!
    expect(d003.date).toBe('2024-06-12')
    expect(d003.title).toMatch(/^Berichten zufolge plant/)
  })
})
