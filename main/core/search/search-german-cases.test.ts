import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSampleCorpus } from '../../../bench/synthetic-corpus'
import { SearchIndex, type IndexableDocument } from './search-index'

// German cases from the search brief that search-index.test.ts does not cover.
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus')
let docs: IndexableDocument[]
let index: SearchIndex
const getText = async (id: string) => docs.find((d) => d.id === id)!.text
const ids = async (query: string) => (await index.search(query, getText)).results.map((r) => r.id.slice(0, 3)).sort()

beforeAll(() => {
  docs = readSampleCorpus(corpusDir)
  index = SearchIndex.build(docs)
})

describe('German search cases', () => {
  it('finds "Nordkorea" from the typo "Nordkroea" (the README example)', async () => {
    const expected = await ids('Nordkorea ')
    expect(expected.length).toBeGreaterThan(0)
    expect(await ids('Nordkroea ')).toEqual(expected)
    expect(await ids('Nordkroea')).toEqual(expected)
  })
  it('narrows, not empties, with an exclusion', async () => {
    expect(await ids('Munition ')).toEqual(['000', '001', '002', '004'])
    expect(await ids('Munition -Honolulu')).toEqual(['000', '001', '004'])
  })
  it('keeps matching while a word is typed past its stem', async () => {
    const full = await ids('Beziehungen ')
    expect(full.length).toBeGreaterThan(0)
    for (const typed of ['Bezieh', 'Beziehu', 'Beziehun', 'Beziehung']) expect(await ids(typed)).toEqual(expect.arrayContaining(full))
  })
  it('marks a compound found by its suffix part in the snippets', async () => {
    const result = await index.search('Munition ', getText)
    const r001 = result.results.find((r) => r.id.startsWith('001'))!
    const text = await getText(r001.id)
    const marked = r001.snippets.flatMap((s) => s.marks.map((m) => text.slice(m.start, m.end)))
    expect(marked).toContain('Artilleriemunition')
  })
})
