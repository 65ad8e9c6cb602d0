import MiniSearch from 'minisearch'
import { SearchIndex, type IndexableDocument } from '../main/core/search/search-index'
import { createRandom } from './synthetic-corpus'
import { collectGarbage, percentile, round } from './measure'

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
    // One substituted letter inside a word of 6+ letters: one edit away.
    const w = pick(words.filter((x) => x.length >= 6).concat(words[0]!))
    const i = 1 + Math.floor(random() * (w.length - 2))
    const swap = w[i] === 'e' ? 'a' : 'e'
    queries.typo1.push(`${w.slice(0, i)}${swap}${w.slice(i + 1)} `)
  }
  return queries
}

function plainOptions(kind: Kind) {
  if (kind === 'prefix4') return { prefix: true }
  if (kind === 'typo1') return { fuzzy: 0.2 }
  return {}
}

/**
 * Search latency per query kind for our index (including snippets) and plain
 * MiniSearch, each reopened from its saved JSON (as the app does) and measured
 * while the other one is not in memory, so neither pays for the other's GC.
 */
export async function runSearchBench(oursJson: string, plainJson: string, docs: IndexableDocument[], count = 200): Promise<SearchBenchResult> {
  const texts = new Map(docs.map((d) => [d.id, d.text]))
  const getText = async (id: string) => texts.get(id) ?? ''
  const queries = makeQueries(docs, count)
  const kinds = Object.keys(queries) as Kind[]
  const oursTimes = new Map<Kind, number[]>()
  const plainTimes = new Map<Kind, number[]>()
  const results = new Map<Kind, number>()

  let ours: SearchIndex | null = SearchIndex.fromJSON(oursJson)
  for (const kind of kinds) {
    const times: number[] = []
    let total = 0
    for (const q of queries[kind]) {
      const start = performance.now()
      const r = await ours.search(q, getText, { limit: 20 })
      times.push(performance.now() - start)
      total += r.total
    }
    oursTimes.set(kind, times)
    results.set(kind, total / queries[kind].length)
  }
  ours = null
  collectGarbage()

  const plain = MiniSearch.loadJSON(plainJson, { fields: ['title', 'text'] })
  for (const kind of kinds) {
    const times: number[] = []
    for (const q of queries[kind]) {
      const start = performance.now()
      plain.search(q.trim(), plainOptions(kind))
      times.push(performance.now() - start)
    }
    plainTimes.set(kind, times)
  }

  const stats = (t: number[]) => ({ p50: round(percentile(t, 50), 2), p95: round(percentile(t, 95), 2) })
  const latencyMs = {} as SearchBenchResult['latencyMs']
  for (const kind of kinds) {
    latencyMs[kind] = { ours: stats(oursTimes.get(kind)!), plain: stats(plainTimes.get(kind)!), oursAvgResults: round(results.get(kind)!, 0) }
  }
  return { section: 'search', queriesPerKind: count, latencyMs, target: 'type-ahead (prefix4) p95 <= 25 ms' }
}
