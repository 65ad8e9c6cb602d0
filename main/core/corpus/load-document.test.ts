import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { contentHash, DocumentReadError, loadDocument } from './load-document'
import { paragraphRanges } from './paragraphs'
import { scanCorpus, type CorpusFile } from './scan-corpus'

let root: string
const file = async (id: string): Promise<CorpusFile> => {
  const { files } = await scanCorpus(root)
  const found = files.find((f) => f.id === id)
  if (!found) throw new Error(`fixture ${id} not scanned`)
  return found
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-load-'))
  await writeFile(path.join(root, 'legacy.txt'), iconv.encode('Grüße „aus“ Köln – 5 €\r\nam 19. Juni 2024\r\n', 'windows-1252'))
  await writeFile(path.join(root, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Pjo\u0308ngjang\r\n', 'utf-16le')]))
  await writeFile(path.join(root, 'page.html'), '<html><head><title>Seite &amp; Titel</title><script>alert(1)</script></head><body><p>Erster&nbsp;Absatz.</p><p>Zweiter.</p></body></html>')
  await writeFile(path.join(root, 'notes.md'), '# Überschrift\n\n*Text*')
  await writeFile(path.join(root, 'empty.txt'), '')
  await writeFile(path.join(root, 'binary.txt'), Buffer.from([1, 2, 0, 3]))
})

describe('loadDocument', () => {
  it('decodes legacy files to canonical text with metadata and hash', async () => {
    const f = await file('legacy.txt')
    const doc = await loadDocument(f)
    expect(doc).toMatchObject({
      id: 'legacy.txt',
      kind: 'text',
      text: 'Grüße „aus“ Köln – 5 €\nam 19. Juni 2024\n',
      encoding: 'windows-1252',
      title: 'Grüße „aus“ Köln – 5 €',
      date: '2024-06-19',
      size: f.size,
      words: 5, // Grüße aus Köln am Juni
    })
    expect(doc.chars).toBe(doc.text.length)
    expect(doc.hash).toBe(createHash('sha256').update(doc.text, 'utf8').digest('hex'))
  })

  it('canonicalizes UTF-16 text (NFC, LF)', async () => {
    const doc = await loadDocument(await file('utf16.txt'))
    expect(doc.text).toBe('Pjöngjang\n')
    expect(doc.encoding).toBe('utf-16le')
  })

  it('extracts HTML text and title, and keeps Markdown as plain text', async () => {
    const page = await loadDocument(await file('page.html'))
    expect(page).toMatchObject({ kind: 'html', title: 'Seite & Titel', text: 'Erster Absatz.\n\nZweiter.' })
    const md = await loadDocument(await file('notes.md'))
    expect(md).toMatchObject({ kind: 'markdown', title: '# Überschrift', text: '# Überschrift\n\n*Text*' })
  })

  it('loads an empty file as an empty document', async () => {
    expect(await loadDocument(await file('empty.txt'))).toMatchObject({ text: '', title: '(empty document)', chars: 0, words: 0, hash: contentHash('') })
  })

  it('refuses binary files with a plain reason', async () => {
    const error = await loadDocument(await file('binary.txt')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DocumentReadError)
    expect((error as DocumentReadError).reason).toBe('binary file (contains NUL bytes)')
  })

  it('reports a vanished file and a folder in place of a file', async () => {
    const gone: CorpusFile = { id: 'gone.txt', absPath: path.join(root, 'gone.txt'), size: 1, mtimeMs: 0, kind: 'text' }
    await expect(loadDocument(gone)).rejects.toThrow(DocumentReadError)
    await expect(loadDocument(gone)).rejects.toThrow('could not be read (it vanished)')
    await expect(loadDocument({ ...gone, absPath: root })).rejects.toThrow(DocumentReadError)
  })

  it('hashes deterministically', () => {
    expect(contentHash('Grüße')).toBe(contentHash('Grüße'))
    expect(contentHash('a')).toBe('ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb')
  })
})

describe('the bundled corpus', () => {
  const bundled = fileURLToPath(new URL('../../../corpus', import.meta.url))

  it('has five UTF-8 documents with sensible titles and dates', async () => {
    const { files, skipped } = await scanCorpus(bundled)
    expect(skipped).toEqual([])
    expect(files).toHaveLength(5)
    const docs = await Promise.all(files.map((f) => loadDocument(f)))
    expect(docs.map((d) => d.encoding)).toEqual(Array(5).fill('utf-8'))
    const d000 = docs.find((d) => d.id.startsWith('000_'))!
    expect(d000.title).toBe('Russlands Präsident Putin besucht Nordkorea zum ersten Mal seit 24 Jahren')
    const d003 = docs.find((d) => d.id === '003_73e5e5628885fd09.txt')!
    expect(d003.date).toBe('2024-06-12')
    expect(d003.title).not.toBe('12. Juni 2024')
    expect(d003.title).toMatch(/^Berichten zufolge plant der nordkoreanische Machthaber Kim/)
    for (const doc of docs) {
      expect(doc.text).toBe(doc.text.normalize('NFC'))
      expect(doc.text).not.toMatch(/\r/)
      expect(doc.words).toBeGreaterThan(100)
      // One-paragraph-per-line articles must not collapse into a single paragraph.
      expect(paragraphRanges(doc.text).length).toBeGreaterThan(3)
    }
  })
})
