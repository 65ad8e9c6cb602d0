import MiniSearch from 'minisearch'
import { SearchIndex, type IndexableDocument } from '../main/core/search/search-index'
import { collectGarbage, round, settledHeap, timeMs } from './measure'

export interface IndexBenchResult {
  section: 'index'
  docs: number
  corpusMB: number
  coldIndexMs: { ours: number; plain: number; ratio: number; target: '<= 1.5' }
  reopenMs: { ours: number; plain: number; shareOfCold: number; target: '<= 0.2' }
  savedIndexMB: { ours: number; plain: number }
  heapMB: { ours: number; plain: number; oursPerCorpusByte: number; plainPerCorpusByte: number }
  vocabulary: number
}

/**
 * Cold build, save and reopen of our index against plain MiniSearch on the
 * same documents. Returns both saved indexes, for the search section.
 */
export function runIndexBench(docs: IndexableDocument[]): { result: IndexBenchResult; oursJson: string; plainJson: string } {
  const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text) + Buffer.byteLength(d.title), 0)

  // Each index is built with the other one gone, so neither pays for the other's heap in GC time.
  let heapBefore = settledHeap()
  let plainBuilt: MiniSearch | null = new MiniSearch({ fields: ['title', 'text'] })
  const plainMs = timeMs(() => plainBuilt!.addAll(docs))
  const plainHeap = settledHeap() - heapBefore
  const plainJson = JSON.stringify(plainBuilt)
  plainBuilt = null

  heapBefore = settledHeap()
  let ours = SearchIndex.create()
  const oursMs = timeMs(() => {
    ours = SearchIndex.build(docs)
  })
  const oursHeap = settledHeap() - heapBefore

  const oursJson = ours.toJSON()
  const oursReopen = timeMs(() => {
    ours = SearchIndex.fromJSON(oursJson)
  })
  const vocabulary = ours.analyzer.vocabulary.size
  ours = SearchIndex.create()
  collectGarbage()
  const plainReopen = timeMs(() => {
    MiniSearch.loadJSON(plainJson, { fields: ['title', 'text'] })
  })

  const MB = 1024 * 1024
  return {
    oursJson,
    plainJson,
    result: {
      section: 'index',
      docs: docs.length,
      corpusMB: round(corpusBytes / MB),
      coldIndexMs: { ours: round(oursMs, 0), plain: round(plainMs, 0), ratio: round(oursMs / plainMs, 2), target: '<= 1.5' },
      reopenMs: { ours: round(oursReopen, 0), plain: round(plainReopen, 0), shareOfCold: round(oursReopen / oursMs, 2), target: '<= 0.2' },
      savedIndexMB: { ours: round(oursJson.length / MB), plain: round(plainJson.length / MB) },
      heapMB: {
        ours: round(oursHeap / MB),
        plain: round(plainHeap / MB),
        oursPerCorpusByte: round(oursHeap / corpusBytes, 2),
        plainPerCorpusByte: round(plainHeap / corpusBytes, 2),
      },
      vocabulary,
    },
  }
}
