import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { IndexVersionError, SearchIndex, type IndexableDocument } from './search-index'

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus')
const docs: IndexableDocument[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(corpusDir, file), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC')
    return { id: file.slice(0, 3), title: text.split('\n').find((l) => l.trim())!.trim(), text }
  })
const texts = new Map(docs.map((d) => [d.id, d.text]))
const getText = async (id: string) => texts.get(id)!

let index: SearchIndex
beforeAll(() => {
  index = SearchIndex.build(docs)
})

const ids = async (query: string) => (await index.search(query, getText)).results.map((r) => r.id)
const sorted = async (query: string) => (await ids(query)).sort()

describe('German search on the bundled corpus', () => {
  it('finds compounds by their parts: "Munition" finds "Artilleriemunition" (001 has only that)', async () => {
    expect(await sorted('Munition')).toEqual(['000', '001', '002', '004'])
    const r001 = (await index.search('Munition', getText)).results.find((r) => r.id === '001')!
    expect(r001.snippets[0]!.text).toContain('Artilleriemunition')
    expect(await sorted('Munition ')).toEqual(['000', '001', '002', '004'])
  })

  it('folds umlauts: Pjöngjang = Pjoengjang = Pjongjang', async () => {
    const expected = await sorted('Pjöngjang')
    expect(expected).toEqual(['000', '001', '002', '003', '004'])
    expect(await sorted('Pjoengjang')).toEqual(expected)
    expect(await sorted('Pjongjang ')).toEqual(expected)
    expect(await sorted('PJÖNGJANGS')).toEqual(expected)
  })

  it('matches hyphenated and spaced spellings: Kim Jong-un = Kim Jong Un', async () => {
    expect(await sorted('Kim Jong-un')).toEqual(['000', '001', '002', '003', '004'])
    expect(await sorted('Kim Jong Un')).toEqual(await sorted('Kim Jong-un'))
    expect(await sorted('"Kim Jong-un"')).toEqual(['002'])
  })

  it('stems inflections', async () => {
    expect(await sorted('Präsidenten')).toEqual(await sorted('Präsident'))
    expect(await sorted('Beziehung ')).toEqual(await sorted('Beziehungen '))
  })

  it('checks phrases against the text, with German quotes too', async () => {
    expect(await ids('"strategische Partnerschaft"')).toEqual(['001'])
    expect(await ids('„strategische Partnerschaft“')).toEqual(['001'])
    // Both words occur in other documents, but not as this phrase.
    expect((await sorted('strategische Partnerschaft ')).length).toBeGreaterThan(1)
  })

  it('excludes -words', async () => {
    const all = await sorted('Putin ')
    const without = await sorted('Putin -Imperialismus')
    expect(all).toContain('004')
    expect(without).not.toContain('004')
    expect(without.length).toBe(all.length - 1)
  })

  it('tolerates a typo in a longer word', async () => {
    expect((await ids('Präsidnet')).length).toBeGreaterThan(0)
    expect(await sorted('Nordkoria ')).toEqual(await sorted('Nordkorea '))
  })

  it('does not complete identifiers with digits to other identifiers', async () => {
    const small = SearchIndex.build(['1', '12', '123', '1234'].map((n) => ({ id: n, title: `Marker${n}`, text: `Markierwort${n}` })))
    const res = await small.search('Markierwort1234', async (id) => `Markierwort${id}`)
    expect(res.results.map((r) => r.id)).toEqual(['1234'])
  })

  it('never treats numbers as typos', async () => {
    expect(await ids('2023')).toEqual([])
    expect((await ids('2024 ')).length).toBeGreaterThan(0)
  })

  it('matches the last word as a prefix while typing', async () => {
    expect(await sorted('Munit')).toEqual(['000', '001', '002', '004'])
    expect(await ids('Munit ')).toEqual([])
  })

  it('ranks title matches higher', async () => {
    // "Imperialismus" is in 004's title; "Partnerschaft" in 001's.
    expect((await ids('Imperialismus'))[0]).toBe('004')
    expect((await ids('Partnerschaft '))[0]).toBe('001')
  })

  it('falls back to any-match when no document has all words, and says so', async () => {
    const all = await index.search('Imperialismus Quokka', getText)
    expect(all.mode).toBe('any')
    expect(all.results.map((r) => r.id)).toEqual(['004'])
    expect((await index.search('Putin Kim', getText)).mode).toBe('all')
  })

  it('returns snippets whose offsets and marks point into the canonical text', async () => {
    const { results } = await index.search('Munition Kim', getText)
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) {
      const text = texts.get(result.id)!
      expect(result.hits).toBeGreaterThan(0)
      for (const s of result.snippets) {
        expect(text.slice(s.start, s.end)).toBe(s.text)
        expect(s.text.length).toBeLessThanOrEqual(240)
        for (const m of s.marks) {
          expect(m.start).toBeGreaterThanOrEqual(s.start)
          expect(m.end).toBeLessThanOrEqual(s.end)
          expect(text.slice(m.start, m.end)).toMatch(/munition|kim/i)
        }
      }
    }
  })

  it('marks matches in a document, compounds whole', () => {
    const text = texts.get('001')!
    const ranges = index.matchRanges('001', text, { terms: ['Munition'], phrases: [], excluded: [], prefixLast: false })
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Artilleriemunition'])
  })

  it('round-trips through JSON with identical results, and refuses other analyzer versions', async () => {
    const json = index.toJSON()
    const loaded = SearchIndex.fromJSON(json)
    const stable = async (i: SearchIndex, q: string) => {
      const r = await i.search(q, getText)
      return { ...r, results: r.results.map((x) => ({ ...x, score: Number(x.score.toFixed(9)) })) }
    }
    for (const q of ['Munition', 'Kim Jong-un', '"strategische Partnerschaft"', 'Pjongj']) {
      expect(await stable(loaded, q)).toEqual(await stable(index, q))
    }
    const foreign = JSON.parse(json) as { version: number }
    foreign.version = 9999
    expect(() => SearchIndex.fromJSON(JSON.stringify(foreign))).toThrow(IndexVersionError)
    expect(() => SearchIndex.fromJSON('{not json')).toThrow(IndexVersionError)
  })

  it('adds and removes documents incrementally', async () => {
    const copy = SearchIndex.fromJSON(index.toJSON())
    copy.add({ id: 'new', title: 'Zeppelin', text: 'Die Zeppelinwerft meldet Rekorde.' })
    texts.set('new', 'Die Zeppelinwerft meldet Rekorde.')
    expect((await copy.search('Zeppelinwerft', getText)).results.map((r) => r.id)).toEqual(['new'])
    copy.remove('004')
    expect((await copy.search('Imperialismus', getText)).results).toEqual([])
    expect(copy.has('004')).toBe(false)
    expect(copy.size).toBe(5)
  })
})
