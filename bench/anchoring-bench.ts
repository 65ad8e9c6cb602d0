import { createAnchor } from '../main/core/notebook/anchoring/create-anchor'
import type { Anchor } from '../main/core/notebook/anchoring/anchor-types'
import { reanchorAll } from '../main/core/notebook/anchoring/reanchor'
import type { IndexableDocument } from '../main/core/search/search-index'
import { createRandom } from './synthetic-corpus'

/**
 * Re-anchoring 10,000 highlights after their documents changed (target ≤ 1 s):
 * 100 documents built from the sample, 100 highlights each, then 5–14 random
 * edits (insertions of corpus words, small and paragraph-sized deletions) per
 * document, as a source file revised between two sessions would be.
 */
export function runAnchoringBench(samples: IndexableDocument[]): Record<string, unknown> {
  const random = createRandom(7)
  const pick = (n: number) => Math.floor(random() * n)
  const texts = samples.map((s) => s.text)
  const words = texts.join(' ').split(/\s+/)
  const jobs: Array<{ text: string; anchors: Anchor[] }> = []
  for (let d = 0; d < 100; d++) {
    const base = texts[d % texts.length]!
    const text = base.length < 4000 ? `${base}\n\n${texts[(d + 1) % texts.length]!}` : base
    const anchors: Anchor[] = []
    while (anchors.length < 100) {
      const start = pick(text.length - 220)
      const end = start + 5 + pick(200)
      if (text.slice(start, end).trim()) anchors.push(createAnchor(text, start, end))
    }
    let edited = text
    for (let k = 5 + pick(10); k > 0; k--) {
      const at = pick(edited.length)
      const cut = pick(3) === 0 ? pick(150) : pick(4)
      const insert = Array.from({ length: pick(12) }, () => words[pick(words.length)]).join(' ')
      edited = edited.slice(0, at) + insert + edited.slice(at + cut)
    }
    jobs.push({ text: edited, anchors })
  }
  const runs: number[] = []
  let counts: Record<string, number> = {}
  for (let round = 0; round < 3; round++) {
    counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }
    const started = performance.now()
    for (const job of jobs) for (const r of reanchorAll(job.text, job.anchors)) counts[r.status] = (counts[r.status] ?? 0) + 1
    runs.push(Math.round(performance.now() - started))
  }
  return { section: 'anchoring', highlights: 10_000, documents: 100, ms: runs, statuses: counts, target: '<= 1000 ms' }
}
