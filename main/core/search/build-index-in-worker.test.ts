import { describe, expect, it } from 'vitest'
import { buildIndexInWorker } from './build-index-in-worker'
import { SearchIndex } from './search-index'

describe('buildIndexInWorker', () => {
  it('builds the index in a worker thread and reports progress', async () => {
    const docs = [
      { id: 'a', title: 'Munition', text: 'Munition für Pjöngjang' },
      { id: 'b', title: 'Artillerie', text: 'Artilleriemunition und Artillerie' },
    ]
    const progress: number[] = []
    const json = await buildIndexInWorker(docs, (done) => progress.push(done))
    expect(progress.at(-1)).toBe(2)
    const index = SearchIndex.fromJSON(json)
    expect(index.size).toBe(2)
    const result = await index.search('Munition', async (id) => docs.find((d) => d.id === id)!.text)
    expect(result.results.map((r) => r.id).sort()).toEqual(['a', 'b'])
  })
})
