import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseQuery } from '../search/query-parser'
import { tempCorpus } from '../testing/temp-corpus'
import { Workspace } from '../workspace/workspace'
import { markdownToNote, noteToMarkdown } from './note/note-markdown'
import { toTagViews } from './notebook-views'
import { NotebookInputError, type Notebook } from './notebook'

const DOC = '001_9c5a38ccf7a2ab37.txt'
const OTHER = '000_5cd4faa8f2970c73.txt'
const QUOTE = 'strategische Partnerschaft'
let base: string
let corpusDir: string

beforeEach(async () => {
  ;({ base, corpusDir } = await tempCorpus('exzerpt-editing-'))
})

async function withNotebook<T>(run: (nb: Notebook, ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data') })
  const nb = await ws.openNotebook()
  try {
    return await run(nb, ws)
  } finally {
    await ws.close()
  }
}

const tagNames = (nb: Notebook, id: string) => nb.getHighlight(id)!.tagIds.map((t) => nb.tagName(t))

describe('editing highlights', () => {
  it('changes colour, tags and note, and keeps the changes across a reopen', async () => {
    const h = await withNotebook(async (nb) => {
      const created = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Vertrag'] })
      await nb.updateHighlight(created.id, { color: 'blue', tags: ['Akteure/Russland', 'akteure / russland', 'Neu'], note: markdownToNote('Erster **Gedanke**') })
      return created
    })
    await withNotebook(async (nb) => {
      const saved = nb.getHighlight(h.id)!
      expect(saved.color).toBe('blue')
      expect(tagNames(nb, h.id)).toEqual(['Akteure/Russland', 'Neu'])
      expect(noteToMarkdown(saved.note as never)).toBe('Erster **Gedanke**')
      // "Vertrag" is still a tag, with no highlights.
      expect(toTagViews(nb.data.tags, nb.highlights).find((t) => t.name === 'Vertrag')?.count).toBe(0)
    })
  })

  it('stores an empty note as no note', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { note: { type: 'doc', content: [{ type: 'paragraph' }] } })
      expect(h.note).toBeNull()
    })
  })

  it('deletes a highlight and undoes the deletion, durably', async () => {
    const id = await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['A'], note: markdownToNote('bleibt') })
      await nb.deleteHighlight(h.id)
      expect(nb.getHighlight(h.id)).toBeUndefined()
      expect(nb.undoLabel).toBe('Highlight deleted')
      expect(await nb.undo()).toBe('Highlight deleted')
      expect(nb.undoLabel).toBe('Highlight created')
      return h.id
    })
    await withNotebook(async (nb) => {
      expect(noteToMarkdown(nb.getHighlight(id)!.note as never)).toBe('bleibt')
    })
  })

  it('deletes a note and undoes it onto the highlight as it is then', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { note: markdownToNote('Notiz') })
      await nb.deleteNote(h.id)
      expect(nb.getHighlight(h.id)!.note).toBeNull()
      // A note edit is not an undo step (the editor has its own), so Undo reverts the deletion.
      await nb.updateHighlight(h.id, { note: null })
      expect(nb.undoLabel).toBe('Note deleted')
      await nb.updateHighlight(h.id, { color: 'green' })
      expect(await nb.undo()).toBe('Colour changed')
      await nb.updateHighlight(h.id, { color: 'green' })
      // Undo skips nothing: the colour change first, then the note.
      await nb.undo()
      await nb.undo()
      expect(noteToMarkdown(nb.getHighlight(h.id)!.note as never)).toBe('Notiz')
      expect(nb.getHighlight(h.id)!.color).toBe('yellow')
    })
  })

  it('re-attaches an orphan to a new passage and refuses empty or out-of-range selections', async () => {
    await withNotebook(async (nb, ws) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE)
      const text = await ws.getText(OTHER)
      const at = text.indexOf('Nordkorea')
      const moved = await nb.reattach(h.id, OTHER, at, at + 'Nordkorea'.length)
      expect(moved).toMatchObject({ docId: OTHER, status: 'exact', position: { start: at, end: at + 9 } })
      expect(moved.quote.exact).toBe('Nordkorea')
      await expect(nb.reattach(h.id, OTHER, 5, 5)).rejects.toThrow(NotebookInputError)
      await expect(nb.reattach(h.id, OTHER, 0, text.length + 1)).rejects.toThrow(NotebookInputError)
      await expect(nb.reattach('nope', OTHER, 0, 4)).rejects.toThrow(/no highlight/)
    })
  })
})

describe('undoing other changes', () => {
  it('undoes a new highlight with the tags it made, a tag change, and tag edits', async () => {
    await withNotebook(async (nb) => {
      const kept = await nb.addHighlightByQuote(DOC, 'Putin', 1, { tags: ['Bleibt'] })
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Neu/Unter', 'Bleibt'] })
      expect(await nb.undo()).toBe('Highlight created')
      expect(nb.getHighlight(h.id)).toBeUndefined()
      expect(nb.data.tags.map((t) => t.name)).toEqual(['Bleibt'])
      await nb.updateHighlight(kept.id, { tags: ['Anders'] })
      expect(await nb.undo()).toBe('Tags changed')
      expect(tagNames(nb, kept.id)).toEqual(['Bleibt'])
      expect(nb.data.tags.map((t) => t.name)).toEqual(['Bleibt'])
      const bleibt = nb.data.tags[0]!
      await nb.updateTag(bleibt.id, { name: 'Geblieben', color: 'green' })
      expect(await nb.undo()).toBe('Tag “Bleibt” renamed')
      expect(nb.data.tags[0]).toMatchObject({ name: 'Bleibt', color: null })
      await nb.createTag({ name: 'Leer/Ganz' })
      expect(await nb.undo()).toBe('Tag “Leer/Ganz” created')
      expect(nb.data.tags.map((t) => t.name)).toEqual(['Bleibt'])
    })
  })

  it('stores a selection without the white space at its ends', async () => {
    await withNotebook(async (nb, ws) => {
      const text = await ws.getText(DOC)
      const at = text.indexOf(QUOTE)
      const h = await nb.addHighlight({ docId: DOC, start: at - 1, end: at + QUOTE.length + 1 })
      expect(h.quote.exact).toBe(QUOTE)
      await expect(nb.addHighlight({ docId: DOC, start: at - 1, end: at })).rejects.toThrow(/invalid anchor range|whitespace/)
    })
  })
})

describe('tags', () => {
  it('renames a tag with its sub-tags, and refuses a name that is taken', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure', 'Akteure/Russland', 'Orte'] })
      const akteure = nb.data.tags.find((t) => t.name === 'Akteure')!
      await nb.updateTag(akteure.id, { name: 'Beteiligte', description: ' Wer handelt ', color: 'pink' })
      expect(tagNames(nb, h.id)).toEqual(['Beteiligte', 'Beteiligte/Russland', 'Orte'])
      expect(nb.data.tags.find((t) => t.id === akteure.id)).toMatchObject({ description: 'Wer handelt', color: 'pink' })
      await expect(nb.updateTag(akteure.id, { name: 'orte' })).rejects.toThrow(/exists already.*merge/)
      await expect(nb.createTag({ name: ' Orte ' })).rejects.toThrow(/exists already/)
      await expect(nb.createTag({ name: ' / ' })).rejects.toThrow(/needs a name/)
    })
  })

  it('merges a tag into another and undoes the merge exactly', async () => {
    await withNotebook(async (nb) => {
      const a = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Russland'] })
      const b = await nb.addHighlightByQuote(DOC, 'Nordkorea', 1, { tags: ['Russland', 'RU'] })
      const c = await nb.addHighlightByQuote(DOC, 'Putin', 1, { tags: ['RU'] })
      const ru = nb.data.tags.find((t) => t.name === 'RU')!
      const russland = nb.data.tags.find((t) => t.name === 'Russland')!
      expect(await nb.mergeTags(ru.id, russland.id)).toBe('Merged “RU” into “Russland”')
      expect([a, b, c].map((h) => tagNames(nb, h.id))).toEqual([['Russland'], ['Russland'], ['Russland']])
      expect(nb.data.tags.map((t) => t.name)).toEqual(['Russland'])
      await nb.undo()
      expect([a, b, c].map((h) => tagNames(nb, h.id).sort())).toEqual([['Russland'], ['RU', 'Russland'], ['RU']])
      await expect(nb.mergeTags(ru.id, ru.id)).rejects.toThrow(/itself/)
    })
  })

  it('deletes a tag, keeps the highlights, and undoes it', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Weg', 'Bleibt'] })
      const weg = nb.data.tags.find((t) => t.name === 'Weg')!
      await nb.deleteTag(weg.id)
      expect(tagNames(nb, h.id)).toEqual(['Bleibt'])
      expect(nb.getHighlight(h.id)).toBeDefined()
      expect(nb.undoLabel).toBe('Tag “Weg” deleted')
      await nb.undo()
      expect(tagNames(nb, h.id).sort()).toEqual(['Bleibt', 'Weg'])
    })
  })
})

describe('the tag tree', () => {
  const names = (nb: Notebook) => nb.data.tags.map((t) => t.name).sort()

  it('makes every level of a nested name a tag of its own', async () => {
    await withNotebook(async (nb) => {
      await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure/Staaten/Russland'] })
      expect(names(nb)).toEqual(['Akteure', 'Akteure/Staaten', 'Akteure/Staaten/Russland'])
      const staaten = nb.data.tags.find((t) => t.name === 'Akteure/Staaten')!
      await nb.updateTag(staaten.id, { name: 'Länder/Staaten' })
      expect(names(nb)).toEqual(['Akteure', 'Länder', 'Länder/Staaten', 'Länder/Staaten/Russland'])
    })
  })

  it('merges a tag with its sub-tags into another, merging same-named sub-tags, and undoes all of it', async () => {
    await withNotebook(async (nb) => {
      const a = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure/Russland'] })
      const b = await nb.addHighlightByQuote(DOC, 'Nordkorea', 1, { tags: ['Akteure/Nordkorea', 'Staaten/Nordkorea'] })
      const c = await nb.addHighlightByQuote(DOC, 'Putin', 1, { tags: ['Akteure'] })
      const akteure = nb.data.tags.find((t) => t.name === 'Akteure')!
      const staaten = nb.data.tags.find((t) => t.name === 'Staaten')!
      await nb.updateTag(akteure.id, { color: 'pink', description: 'Wer handelt' })
      const before = JSON.stringify([nb.data.tags, [a, b, c].map((h) => nb.getHighlight(h.id)!.tagIds)])
      expect(await nb.mergeTags(akteure.id, staaten.id)).toBe('Merged “Akteure” into “Staaten”')
      expect(names(nb)).toEqual(['Staaten', 'Staaten/Nordkorea', 'Staaten/Russland'])
      expect(tagNames(nb, a.id)).toEqual(['Staaten/Russland'])
      expect(tagNames(nb, b.id)).toEqual(['Staaten/Nordkorea'])
      expect(tagNames(nb, c.id)).toEqual(['Staaten'])
      await nb.undo()
      expect(JSON.stringify([nb.data.tags.slice().sort((x, y) => x.name.localeCompare(y.name)), [a, b, c].map((h) => nb.getHighlight(h.id)!.tagIds)])).toBe(
        JSON.stringify([JSON.parse(before)[0].sort((x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name)), JSON.parse(before)[1]]),
      )
      await expect(nb.mergeTags(akteure.id, nb.data.tags.find((t) => t.name === 'Akteure/Russland')!.id)).rejects.toThrow(/its own sub-tag/)
    })
  })

  it('merges "A/A" into "A": "A/A/B" moves up to "A/B" and "A/A/A" becomes the new "A/A"', async () => {
    await withNotebook(async (nb) => {
      const inner = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['A/A/A'] })
      const mid = await nb.addHighlightByQuote(DOC, 'Nordkorea', 1, { tags: ['A/A', 'A/A/B'] })
      const aa = nb.data.tags.find((t) => t.name === 'A/A')!
      const a = nb.data.tags.find((t) => t.name === 'A')!
      await nb.mergeTags(aa.id, a.id)
      expect(names(nb)).toEqual(['A', 'A/A', 'A/B'])
      expect(tagNames(nb, inner.id)).toEqual(['A/A'])
      expect(tagNames(nb, mid.id).sort()).toEqual(['A', 'A/B'])
    })
  })

  it('deletes a tag with its sub-tags (the highlights stay) and undoes it', async () => {
    await withNotebook(async (nb) => {
      const a = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure/Russland', 'Orte'] })
      const akteure = nb.data.tags.find((t) => t.name === 'Akteure')!
      expect(await nb.deleteTag(akteure.id)).toBe('Tag “Akteure” and 1 sub-tag(s) deleted')
      expect(names(nb)).toEqual(['Orte'])
      expect(tagNames(nb, a.id)).toEqual(['Orte'])
      await nb.undo()
      expect(names(nb)).toEqual(['Akteure', 'Akteure/Russland', 'Orte'])
      expect(tagNames(nb, a.id).sort()).toEqual(['Akteure/Russland', 'Orte'])
    })
  })
})

describe('memos', () => {
  it('creates, edits, deletes and restores memos for a document and for the notebook', async () => {
    const ids = await withNotebook(async (nb) => {
      const docMemo = await nb.createMemo(DOC, markdownToNote('Zum Text'))
      const global = await nb.createMemo(null, markdownToNote('Forschungsfrage'))
      await nb.updateMemo(global.id, markdownToNote('Forschungsfrage, *geschärft*'))
      await nb.deleteMemo(docMemo.id)
      expect(nb.memos.map((m) => m.id)).toEqual([global.id])
      await nb.undo()
      await expect(nb.createMemo('missing.txt', markdownToNote('x'))).rejects.toThrow(/no document/)
      return { docMemo: docMemo.id, global: global.id }
    })
    await withNotebook(async (nb) => {
      expect(nb.memos.find((m) => m.id === ids.docMemo)?.docId).toBe(DOC)
      expect(noteToMarkdown(nb.memos.find((m) => m.id === ids.global)!.note as never)).toBe('Forschungsfrage, *geschärft*')
    })
  })
})

describe('filtering and sorting', () => {
  it('filters by document, by tags (all-of / any-of, with sub-tags), by folded text and by status', async () => {
    await withNotebook(async (nb) => {
      const a = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure/Russland'], note: markdownToNote('Größere Bedeutung') })
      const b = await nb.addHighlightByQuote(DOC, 'Nordkorea', 1, { tags: ['Akteure/Nordkorea', 'Militär'] })
      const c = await nb.addHighlightByQuote(OTHER, 'Putin', 1, { tags: ['Militär'] })
      const id = (name: string) => nb.data.tags.find((t) => t.name === name)!.id
      const ids = (q: Parameters<Notebook['query']>[0]) => nb.query(q).map((h) => h.id)
      // By position: the title names Nordkorea before the quote.
      expect(ids({ docId: DOC })).toEqual([b.id, a.id])
      expect(ids({ tagIds: [id('Akteure/Russland')] })).toEqual([a.id])
      expect(new Set(ids({ tagIds: [nb.data.tags.find((t) => t.name === 'Akteure/Russland')!.id, id('Militär')], tagMode: 'any' }))).toEqual(new Set([a.id, b.id, c.id]))
      expect(ids({ tagIds: [id('Akteure/Nordkorea'), id('Militär')] })).toEqual([b.id])
      expect(ids({ text: 'grossere' })).toEqual([a.id])
      expect(ids({ text: 'militar' }).sort()).toEqual([b.id, c.id].sort())
      expect(ids({ status: 'orphaned' })).toEqual([])
      expect(ids({ sort: 'created' })[0]).toBe(c.id)
    })
  })

  it('a tag filter on a parent matches its sub-tags', async () => {
    await withNotebook(async (nb) => {
      const a = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Akteure/Russland'] })
      // Tagging "Akteure/Russland" made the level "Akteure" a tag of its own.
      const parent = nb.data.tags.find((t) => t.name === 'Akteure')!
      expect(nb.query({ tagIds: [parent.id] }).map((h) => h.id)).toEqual([a.id])
      await expect(nb.createTag({ name: 'akteure' })).rejects.toThrow(/exists already/)
    })
  })
})

describe('anchoring while open', () => {
  it('re-anchors a document that changes on disk while the notebook is open', async () => {
    await withNotebook(async (nb, ws) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE)
      const file = path.join(corpusDir, DOC)
      const original = await readFile(file, 'utf8')
      await writeFile(file, `Ganz neuer Vorspann.\n\n${original}`)
      // The reader opening the document is what notices the change.
      const doc = await ws.getDocument(DOC)
      await nb.ensureAnchored(DOC)
      const moved = nb.getHighlight(h.id)!
      expect(moved.status).toBe('moved')
      expect(doc.text.slice(moved.position.start, moved.position.end)).toBe(QUOTE)
      // The search index follows the new text too.
      expect((await ws.search('Vorspann')).results.map((r) => r.id)).toContain(DOC)
    })
  })

  it('keeps a fuzzy match beside the original quote until confirmed or rejected', async () => {
    const file = path.join(corpusDir, DOC)
    const original = await readFile(file, 'utf8')
    const sentence = 'Bei dem Treffen kündigte Putin ein neues „Grundlagendokument“ zwischen beiden Ländern an.'
    const ids = await withNotebook(async (nb) => [
      (await nb.addHighlightByQuote(DOC, sentence)).id,
      (await nb.addHighlightByQuote(DOC, QUOTE)).id,
    ])
    await writeFile(file, original.replace(sentence, 'Bei dem Treffen kündigte Putin ein neues „Grundlagendokument“ zwischen den beiden Ländern an.'))
    await withNotebook(async (nb, ws) => {
      const fuzzy = nb.getHighlight(ids[0]!)!
      expect(fuzzy.status).toBe('fuzzy')
      expect(fuzzy.quote.exact).toBe(sentence)
      const text = await ws.getText(DOC)
      expect(text.slice(fuzzy.fuzzy!.start, fuzzy.fuzzy!.end)).toBe(fuzzy.fuzzy!.exact)
      expect(fuzzy.fuzzy!.exact).toContain('zwischen den beiden')
      const confirmed = await nb.confirmFuzzy(fuzzy.id)
      expect(confirmed.status).toBe('exact')
      expect(confirmed.quote.exact).toContain('zwischen den beiden')
      expect(confirmed.fuzzy).toBeUndefined()
      await expect(nb.confirmFuzzy(fuzzy.id)).rejects.toThrow(/no changed passage/)
      // The other highlight, outside the edit, stayed where it was.
      expect(nb.getHighlight(ids[1]!)!.status).toBe('exact')
    })
  })

  it('rejecting a fuzzy match orphans the highlight and does not propose it again', async () => {
    const file = path.join(corpusDir, DOC)
    const original = await readFile(file, 'utf8')
    const sentence = 'Bei dem Treffen kündigte Putin ein neues „Grundlagendokument“ zwischen beiden Ländern an.'
    const id = await withNotebook(async (nb) => (await nb.addHighlightByQuote(DOC, sentence)).id)
    await writeFile(file, original.replace(sentence, 'Bei dem Treffen kündigte Putin ein neues „Grundlagendokument“ zwischen den beiden Ländern an.'))
    await withNotebook(async (nb) => {
      const rejected = await nb.rejectFuzzy(id)
      expect(rejected).toMatchObject({ status: 'orphaned', quote: { exact: sentence } })
      await nb.ensureAnchored(DOC)
      expect(nb.getHighlight(id)!.status).toBe('orphaned')
    })
  })
})

describe('notes search', () => {
  it('finds words in notes, memos and tag names with German folding, and follows edits', async () => {
    await withNotebook(async (nb, ws) => {
      const h = await nb.addHighlightByQuote(DOC, QUOTE, 1, { tags: ['Außenpolitik'], note: markdownToNote('Die **Präsidenten** reden') })
      const memo = await nb.createMemo(null, markdownToNote('Forschungsfrage zur Rüstung'))
      const find = async (q: string) => (await ws.search(q)).notes
      expect((await find('Prasident')).map((n) => [n.kind, n.id, n.field])).toEqual([['highlight', h.id, 'note']])
      const hit = (await find('Präsident'))[0]!
      expect(hit.text.slice(hit.marks[0]!.start, hit.marks[0]!.end)).toBe('Präsidenten')
      expect(hit.docTitle).toMatch(/Pjöngjang/)
      expect((await find('aussenpolitik')).map((n) => [n.id, n.field])).toEqual([[h.id, 'tag']])
      expect((await find('Ruestung')).map((n) => [n.kind, n.id])).toEqual([['memo', memo.id]])
      await nb.updateHighlight(h.id, { note: markdownToNote('Ganz anders') })
      expect(await find('Präsident')).toEqual([])
      const tag = nb.data.tags[0]!
      await nb.updateTag(tag.id, { name: 'Innenpolitik' })
      expect(await find('Aussenpolitik')).toEqual([])
      expect((await find('Innenpolitik')).map((n) => n.id)).toEqual([h.id])
      await expect(nb.searchNotes(parseQuery('Ganz'), () => null)).resolves.toHaveLength(1)
    })
  })
})
