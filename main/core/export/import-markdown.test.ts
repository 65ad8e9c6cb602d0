import { readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Notebook } from '../notebook/notebook'
import { NotebookInputError } from '../notebook/notebook-errors'
import { markdownToNote, noteToMarkdown } from '../notebook/note/note-markdown'
import { tempCorpus } from '../testing/temp-corpus'
import { Workspace } from '../workspace/workspace'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './export-options'
import { importExport } from './import-markdown'
import { buildExport } from './markdown-export'
import { buildSampleNotebook, withoutExportTime } from './test-support'
import { buildVault } from './vault-export'

let base: string
let corpusDir: string
const open: Workspace[] = []

beforeEach(async () => {
  ;({ base, corpusDir } = await tempCorpus('exzerpt-import-'))
  await Promise.all(open.splice(0).map((ws) => ws.close()))
})

/** The corpus with a notebook in `name` (each name is a separate notebook over the same files). */
async function notebookIn(name: string): Promise<{ ws: Workspace; nb: Notebook }> {
  const ws = await Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data'), dataDir: path.join(base, name) })
  open.push(ws)
  return { ws, nb: await ws.openNotebook() }
}

const exportOf = async (ws: Workspace, nb: Notebook, options: Partial<ExportOptions> = {}) =>
  (await buildExport(ws, nb, { ...DEFAULT_EXPORT_OPTIONS, ...options }, new Date())).content

async function sample() {
  const a = await notebookIn('a')
  await buildSampleNotebook(a.ws, a.nb)
  return a
}

describe('importExport', () => {
  it('re-creates highlights, tags, colours, notes and memos in a fresh notebook: export → import → export is identical', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    const report = await importExport(b.ws, b.nb, exported)
    expect(report).toEqual({
      created: 5,
      updated: 0,
      skipped: 0,
      orphaned: 1,
      // The codebook's three tags, and the level above Akteure/Russland.
      tags: { created: 4, updated: 0, skipped: 0 },
      memos: { created: 2, updated: 0, skipped: 0 },
      warnings: [],
    })
    expect(withoutExportTime(await exportOf(b.ws, b.nb))).toBe(withoutExportTime(exported))
    expect(withoutExportTime(await exportOf(b.ws, b.nb, { groupBy: 'tag' }))).toBe(withoutExportTime(await exportOf(a.ws, a.nb, { groupBy: 'tag' })))
    expect(b.nb.data.tags.map(({ name, color, description }) => ({ name, color, description })).sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'Akteure', color: null, description: '' },
      { name: 'Akteure/Russland', color: 'blue', description: 'Russische Staatsakteure und ihre Sprecher' },
      { name: 'Chronik', color: null, description: '' },
      { name: 'Naher Osten', color: null, description: 'Zeile eins\nZeile zwei' },
    ])
    for (const h of a.nb.highlights) {
      const copy = b.nb.getHighlight(h.id)!
      expect({ ...copy, docHash: h.docHash, updatedAt: h.updatedAt, status: h.status, tagIds: [] }).toEqual({ ...h, tagIds: [] })
    }
  })

  it('is durable: the imported notebook reads back from disk the same', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, exported)
    await b.ws.close()
    const again = await notebookIn('b')
    expect(withoutExportTime(await exportOf(again.ws, again.nb))).toBe(withoutExportTime(exported))
  })

  it('creates nothing twice: into its own notebook everything is skipped; changed colour, tags or note are put back', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb, { groupBy: 'tag' }) // a highlight with two tags appears twice
    expect(await importExport(a.ws, a.nb, exported)).toMatchObject({ created: 0, updated: 0, skipped: 5, tags: { created: 0, updated: 0, skipped: 3 }, memos: { created: 0, skipped: 2 } })

    const h = a.nb.query({ sort: 'position' })[1]!
    await a.nb.updateHighlight(h.id, { color: 'purple', tags: ['Neu'], note: markdownToNote('überschrieben') })
    const report = await importExport(a.ws, a.nb, exported)
    expect(report).toMatchObject({ created: 0, updated: 1, skipped: 4 })
    const back = a.nb.getHighlight(h.id)!
    expect(back.color).toBe(h.color)
    expect(back.tagIds).toEqual(h.tagIds)
    expect(back.note).toEqual(h.note)
    expect(a.nb.highlights).toHaveLength(5)
  })

  it('keeps tag names apart that share an Obsidian form ("Naher Osten", "Naher-Osten")', async () => {
    const a = await notebookIn('a')
    await a.nb.addHighlightByQuote('001_9c5a38ccf7a2ab37.txt', 'strategische Partnerschaft', 1, { tags: ['Naher Osten'] })
    await a.nb.addHighlightByQuote('001_9c5a38ccf7a2ab37.txt', 'Nordkorea', 1, { tags: ['Naher-Osten', 'Akteure/Kim Jong Un'] })
    const exported = await exportOf(a.ws, a.nb)
    expect(exported.match(/#Naher-Osten/g)).toHaveLength(2)
    expect(exported).toContain('"tags":["Naher-Osten","Akteure/Kim Jong Un"]')
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, exported)
    const names = (quote: string) => b.nb.highlights.find((h) => h.quote.exact === quote)!.tagIds.map((id) => b.nb.tagName(id))
    expect(names('strategische Partnerschaft')).toEqual(['Naher Osten'])
    expect(names('Nordkorea')).toEqual(['Naher-Osten', 'Akteure/Kim Jong Un'])
  })

  it('recognises a highlight without its id by document, quote and place', async () => {
    const a = await sample()
    const exported = (await exportOf(a.ws, a.nb)).replace(/&h=[^)]*\)/g, ')')
    expect(await importExport(a.ws, a.nb, exported)).toMatchObject({ created: 0, updated: 0, skipped: 5 })
    const b = await notebookIn('b')
    expect((await importExport(b.ws, b.nb, exported)).created).toBe(5)
    expect((await importExport(b.ws, b.nb, exported)).created).toBe(0)
    expect(b.nb.highlights).toHaveLength(5)
  })

  it('re-anchors against the files as they are now: moved, fuzzy, orphaned (document gone)', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const file001 = path.join(corpusDir, '001_9c5a38ccf7a2ab37.txt')
    await writeFile(file001, `Vorspann.\n\n${await readFile(file001, 'utf8')}`)
    const file000 = path.join(corpusDir, '000_5cd4faa8f2970c73.txt')
    await writeFile(file000, (await readFile(file000, 'utf8')).replace('Einzelheiten bekannt', 'Einzelheit bekannt'))
    await rm(path.join(corpusDir, '004_2bdebc3cd27daffb.txt'))

    const b = await notebookIn('b')
    const report = await importExport(b.ws, b.nb, exported)
    expect(report).toMatchObject({ created: 5, orphaned: 2 })
    expect(report.warnings).toEqual(['This corpus has no document 004_2bdebc3cd27daffb.txt: its highlights are kept as orphans.'])
    const byDoc = (id: string) => b.nb.highlights.find((h) => h.docId === id)!
    const moved = byDoc('001_9c5a38ccf7a2ab37.txt')
    expect(moved.status).toBe('moved')
    expect((await b.ws.getText(moved.docId)).slice(moved.position.start, moved.position.end)).toBe('strategische Partnerschaft')
    expect(byDoc('000_5cd4faa8f2970c73.txt').status).toBe('fuzzy')
    expect(byDoc('004_2bdebc3cd27daffb.txt').status).toBe('orphaned')

    // A fuzzy highlight exports with its original words and comes back fuzzy in another notebook.
    const fromB = await exportOf(b.ws, b.nb)
    expect(fromB).toContain('(text changed, awaiting review)')
    const c = await notebookIn('c')
    await importExport(c.ws, c.nb, fromB)
    expect(withoutExportTime(await exportOf(c.ws, c.nb))).toBe(withoutExportTime(fromB))
  })

  it('changes nothing when the file cannot be read', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, '---\nexzerpt: 1\n---\n') // an empty export is fine
    const journal = path.join(base, 'b', 'notebook.journal')
    const size = (await stat(journal)).size
    const broken = [
      'just some notes',
      exported.replace('exzerpt: 1', 'exzerpt: 99'),
      exported.replace(/"prefix":/, '"prefix":,'),
      exported.replace('- **Chronik** (1)', `- **${'x'.repeat(200)}** (1)`),
      exported.replace(/\[open in Exzerpt\]\(exzerpt:\/\/open\?doc=003[^)]*\)/, 'no link'),
    ]
    for (const markdown of broken) await expect(importExport(b.ws, b.nb, markdown)).rejects.toThrow(NotebookInputError)
    expect(b.nb.highlights).toHaveLength(0)
    expect((await stat(journal)).size).toBe(size)
  })

  it('can be undone in one step', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    await b.nb.createTag({ name: 'Chronik', color: 'orange' })
    await importExport(b.ws, b.nb, exported)
    expect(await b.nb.undo()).toBe('Import of 5 highlights')
    expect(b.nb.highlights).toHaveLength(0)
    expect(b.nb.memos).toHaveLength(0)
    expect(b.nb.data.tags.map((t) => [t.name, t.color])).toEqual([['Chronik', 'orange']])
  })

  it('undoing it keeps what was changed since: a note written after the import, a highlight edited', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, exported)
    const [edited, untouched] = b.nb.highlights
    await b.nb.updateHighlight(edited!.id, { note: markdownToNote('nach dem Import') })
    await b.nb.undo()
    expect(b.nb.highlights.map((h) => h.id)).toEqual([edited!.id])
    expect(b.nb.getHighlight(untouched!.id)).toBeUndefined()
    // Into a notebook that had the highlight: undo puts back the colour, keeps the newer note.
    const c = await notebookIn('c')
    await importExport(c.ws, c.nb, exported)
    const h = c.nb.highlights[0]!
    await c.nb.updateHighlight(h.id, { color: 'purple' })
    await importExport(c.ws, c.nb, exported)
    expect(c.nb.getHighlight(h.id)!.color).toBe(h.color)
    await c.nb.updateHighlight(h.id, { note: markdownToNote('neuer') })
    await c.nb.undo()
    expect(c.nb.getHighlight(h.id)!.color).toBe('purple')
    expect(noteToMarkdown(c.nb.getHighlight(h.id)!.note as never)).toBe('neuer')
  })

  it('undoing it removes a tag it made, also when only an existing highlight took it up', async () => {
    const a = await sample()
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, await exportOf(a.ws, a.nb))
    const h = a.nb.highlights[0]!
    const tagsBefore = [...b.nb.getHighlight(h.id)!.tagIds]
    await a.nb.updateHighlight(h.id, { tags: ['Ganz/Neu'] })
    await importExport(b.ws, b.nb, await exportOf(a.ws, a.nb))
    expect(b.nb.data.tags.map((t) => t.name)).toContain('Ganz/Neu')
    await b.nb.undo()
    expect(b.nb.getHighlight(h.id)!.tagIds).toEqual(tagsBefore)
    expect(b.nb.data.tags.map((t) => t.name).filter((n) => n.startsWith('Ganz'))).toEqual([])
  })

  it('plans against the notebook as it is once the files are read: a tag made meanwhile is used, not made twice', async () => {
    const a = await sample()
    const exported = await exportOf(a.ws, a.nb)
    const b = await notebookIn('b')
    const importing = importExport(b.ws, b.nb, exported)
    const made = await b.nb.createTag({ name: 'chronik', color: 'green' })
    const report = await importing
    expect(b.nb.data.tags.filter((t) => t.name.toLowerCase() === 'chronik').map((t) => t.id)).toEqual([made.id])
    expect(report.tags.created).toBe(3) // Akteure, Akteure/Russland, Naher Osten
    expect(b.nb.highlights.filter((h) => h.tagIds.includes(made.id))).toHaveLength(1)
  })

  it('replaces ids a hand-edited file made unusual', async () => {
    const a = await sample()
    const exported = (await exportOf(a.ws, a.nb)).replace(/&h=[^)]+\)/, '&h=..%2F..%2Fetc%3Cb%3E)')
    const b = await notebookIn('b')
    await importExport(b.ws, b.nb, exported)
    expect(b.nb.highlights).toHaveLength(a.nb.highlights.length)
    expect(b.nb.highlights.every((h) => /^[\w-]+$/.test(h.id))).toBe(true)
  })

  it('reads every note of a vault export, which together re-create the notebook', async () => {
    const a = await sample()
    const { files } = await buildVault(a.ws, a.nb, DEFAULT_EXPORT_OPTIONS, new Date())
    expect(files.map((f) => f.name)).toEqual([
      'Exzerpt – corpus.md',
      'Russlands Präsident Putin besucht Nordkorea zum ersten Mal seit 24 Jahren.md',
      'Pjöngjang Russland und Nordkorea vereinbaren strategische Partnerschaft.md',
      '„Verzweifelt“ Putins Nordkorea-Aufwartung zeigt massive Russland-Kehrtwende auf.md',
      'Berichten zufolge plant der nordkoreanische Machthaber Kim, seinen „Mitstreiter“ Putin in Pjöngjang.md', // cut at a word
      '„Wir werden den Imperialismus gemeinsam bekämpfen“, sagt Nordkoreas Kim zu Wladimir Putin.md',
    ])
    expect(files[0]!.content).toContain('## Documents\n\n- [Russlands Präsident')
    const b = await notebookIn('b')
    for (const file of files) await importExport(b.ws, b.nb, file.content)
    expect(withoutExportTime(await exportOf(b.ws, b.nb))).toBe(withoutExportTime(await exportOf(a.ws, a.nb)))
  })
})
