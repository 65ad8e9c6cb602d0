import type MiniSearch from 'minisearch'
import type { IndexableDocument, SearchIndex } from '../main/core/search/search-index'
import { createRandom, } from './synthetic-corpus'
import { percentile, round } from './measure'

type Kind = 'singleWord' | 'twoWords' | 'prefix4' | 'typo1'

export interface SearchBenchResult {
  section: 'search'
  queriesPerKind: number
  /** Latency in ms, ours (with snippets) and plain MiniSearch (no snippets). */
  latencyMs: Record<Kind, { ours: { p50: number; p95: number }; plain: { p50: number; p95: number }; oursAvgResults: number }>
  target: 'type-ahead (prefix4) p95 <= 25 ms'
}

/** Query strings of each kind, drawn reproducibly from the documents' own words. */
export function makeQueries(docs: IndexableDocument[], count: number, seed = 7): Record<Kind, string[]> {
  const random = createRandom(seed)
  const pickDoc = () => docs[Math.floor(random() * docs.length)]!
  const wordsOf = (doc: IndexableDocument, min: number) => (doc.text.slice(0, 2000).match(/\p{L}+/gu) ?? []).filter((w) => w.length >= min)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const queries: Record<Kind, string[]> = { singleWord: [], twoWords: [], prefix4: [], typo1: [] }
  while (queries.singleWord.length < count) {
    const doc = pickDoc()
    const words = wordsOf(doc, 5)
    if (words.length < 2) continue
    queries.singleWord.push(`${pick(words)} `)
    queries.twoWords.push(`${pick(words)} ${pick(words)} `)
    queries.prefix4.push(pick(words).slice(0, 4))
    const w = pick(words.filter((x) => x.length >= 6).concat(words[0]!))
    const i = 1 + Math.floor(random() * (w.length - 2))
    queries.typo1.push(`${w.slice(0, i)}${w[i + 1] ?? ''}${w[i]}${w.slice(i + 2)} `) // swap two letters… one edit for a transposition-aware user, two for Levenshtein
  }
  return queries
}

function plainOptions(kind: Kind) {
  if (kind === 'prefix4') return { prefix: true }
  if (kind === 'typo1') return { fuzzy: 0.2 }
  return {}
}

/** Search latency per query kind for our index (including snippets) and plain MiniSearch. */
export async function runSearchBench(ours: SearchIndex, plain: MiniSearch, docs: IndexableDocument[], count = 200): Promise<SearchBenchResult> {
  const texts = new Map(docs.map((d) => [d.id, d.text]))
  const getText = async (id: string) => texts.get(id) ?? ''
  const queries = makeQueries(docs, count)
  const latencyMs = {} as SearchBenchResult['latencyMs']
  for (const kind of Object.keys(queries) as Kind[]) {
    const oursTimes: number[] = []
    const plainTimes: number[] = []
    let results = 0
    for (const q of queries[kind]) {
      let start = performance.now()
      const r = await ours.search(q, getText, { limit: 20 })
      oursTimes.push(performance.now() - start)
      results += r.total
      start = performance.now()
      plain.search(q.trim(), plainOptions(kind))
      plainTimes.push(performance.now() - start)
    }
    latencyMs[kind] = {
      ours: { p50: round(percentile(oursTimes, 50), 2), p95: round(percentile(oursTimes, 95), 2) },
      plain: { p50: round(percentile(plainTimes, 50), 2), p95: round(percentile(plainTimes, 95), 2) },
      oursAvgResults: round(results / queries[kind].length, 0),
    }
  }
  return { section: 'search', queriesPerKind: count, latencyMs, target: 'type-ahead (prefix4) p95 <= 25 ms' }
}
