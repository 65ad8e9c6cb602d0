import { describe, expect, it } from 'vitest'
import { parseQuery } from '../search/query-parser'
import type { Highlight, Memo, NotebookData, Tag } from './notebook-schema'
import { NotesSearch, type NotesSource } from './notes-search'
import { makeHighlight, noteDoc } from './store/test-records'

/** A notebook in memory, as the notes search sees one. */
function source(count: number): NotesSource & { put(h: Highlight): void; remove(id: string): void } {
  const highlights = new Map<string, Highlight>()
  for (let i = 0; i < count; i++) highlights.set(`h${i}`, makeHighlight(`h${i}`, { note: noteDoc(`Notiz Nummer ${i} über Verhandlungen`) }))
  const tags = new Map<string, Tag>()
  const memos = new Map<string, Memo>()
  return {
    get data(): NotebookData {
      return { schemaVersion: 2, highlights: [...highlights.values()], tags: [...tags.values()], memos: [...memos.values()] }
    },
    getHighlight: (id) => highlights.get(id),
    getMemo: (id) => memos.get(id),
    getTag: (id) => tags.get(id),
    put: (h) => void highlights.set(h.id, h),
    remove: (id) => void highlights.delete(id),
  }
}

describe('NotesSearch', () => {
  it('takes in changes made while it builds in the background, each note once', async () => {
    const notes = source(3000)
    const search = new NotesSearch(notes)
    search.warmUp()
    // One turn of the event loop: the build has done its first slice, not all 3,000.
    await new Promise((resolve) => setImmediate(resolve))
    notes.put(makeHighlight('h2999', { note: noteDoc('Ganz neue Überlegung') }))
    search.highlightChanged('h2999')
    notes.remove('h5')
    search.highlightChanged('h5')
    const find = async (q: string) => (await search.search(parseQuery(q), () => null, 5000)).map((hit) => hit.id)
    expect(await find('Überlegung')).toEqual(['h2999'])
    const found = await find('Verhandlungen')
    expect(found).toHaveLength(2998)
    expect(found).not.toContain('h5')
    expect(found).not.toContain('h2999')
  })
})
