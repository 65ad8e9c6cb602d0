import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { tempCorpus } from '../testing/temp-corpus'
import { Workspace } from '../workspace/workspace'
import { Notebook, NotebookInputError } from './notebook'
import { markdownToNote, noteToMarkdown } from './note/note-markdown'
import { toTagViews } from './notebook-views'

const DOC = '001_9c5a38ccf7a2ab37.txt'
const QUOTE = 'strategische Partnerschaft'
let base: string
let corpusDir: string

beforeEach(async () => {
  ;({ base, corpusDir } = await tempCorpus('exzerpt-notebook-'))
})

const openWs = () => Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data') })

async function withNotebook<T>(run: (nb: Notebook, ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await openWs()
  const nb = await Notebook.open(ws.dataDir, ws)
  try {
    return await run(nb, ws)
  } finally {
    await nb.close()
  }
}

describe('Notebook', () => {
  it('creates a highlight with both selectors, tags and a note, durable on disk', async () => {
    const created = await withNotebook((nb) =>
      nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure / Russland', 'Vertrag'], color: 'green', note: markdownToNote('Wichtig: **Vertrag**') }),
    )
    expect(created.quote.exact).toBe(QUOTE)
    expect(created.quote.prefix.length).toBe(32)
    expect(created.status).toBe('exact')
    const raw = await readFile(path.join(corpusDir, '.exzerpt', 'notebook.journal'), 'utf8').catch(() => '')
    const snapshot = await readFile(path.join(corpusDir, '.exzerpt', 'notebook.json'), 'utf8').catch(() => '')
    expect(raw + snapshot).toContain(created.id)
    await withNotebook(async (nb) => {
      const h = nb.highlights.find((x) => x.id === created.id)!
      expect(h.tagIds.map((id) => nb.tagName(id))).toEqual(['Akteure/Russland', 'Vertrag'])
      expect(noteToMarkdown(h.note as never)).toBe('Wichtig: **Vertrag**')
      expect(toTagViews(nb.data.tags, nb.highlights).map((t) => [t.name, t.count, t.totalCount])).toEqual([['Akteure', 0, 1], ['Akteure/Russland', 1, 1], ['Vertrag', 1, 1]])
    })
  })

  it('picks the N-th occurrence and refuses quotes that are not there', async () => {
    await withNotebook(async (nb) => {
      const text = (await (await openWs()).getDocument(DOC)).text
      const second = await nb.addHighlightByQuote(DOC, 'Nordkorea', 2)
      expect(second.position.start).toBe(text.indexOf('Nordkorea', text.indexOf('Nordkorea') + 1))
      await expect(nb.addHighlightByQuote(DOC, 'Quokka')).rejects.toThrow(NotebookInputError)
      await expect(nb.addHighlightByQuote(DOC, QUOTE, 99)).rejects.toThrow(/only 1 time/)
      await expect(nb.addHighlightByQuote('nope.txt', QUOTE)).rejects.toThrow(/no document/)
    })
  })

  it('follows the passage when the file changes, and orphans it when it is deleted', async () => {
    const h = await withNotebook((nb) => nb.addHighlightByQuote(DOC, QUOTE))
    const file = path.join(corpusDir, DOC)
    const original = await readFile(file, 'utf8')
    await writeFile(file, `Vorspann, neu eingefügt.\n\n${original}`)
    await withNotebook(async (nb, ws) => {
      const moved = nb.highlights.find((x) => x.id === h.id)!
      expect(moved.status).toBe('moved')
      const text = await ws.getText(DOC)
      expect(text.slice(moved.position.start, moved.position.end)).toBe(QUOTE)
    })
    await writeFile(file, original.replaceAll(QUOTE, 'enge Kooperation'))
    await withNotebook(async (nb) => {
      const orphan = nb.highlights.find((x) => x.id === h.id)!
      expect(orphan.status).toBe('orphaned')
      expect(orphan.quote.exact).toBe(QUOTE)
    })
  })

  it('keeps highlights of a vanished source as orphans, never deleting them', async () => {
    const h = await withNotebook((nb) => nb.addHighlightByQuote(DOC, QUOTE))
    await rm(path.join(corpusDir, DOC))
    await withNotebook(async (nb) => {
      expect(nb.highlights.find((x) => x.id === h.id)?.status).toBe('orphaned')
    })
  })
})
