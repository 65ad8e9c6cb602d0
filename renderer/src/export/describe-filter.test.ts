import { describe, expect, it } from 'vitest'
import type { DocumentSummary, TagView } from '../../../preload/contract'
import { describeFilter, listWords } from './describe-filter'

const tag = (id: string, name: string): TagView => ({ id, name, color: null, description: '', count: 1, totalCount: 1, parentId: null, depth: 0 })
const doc = (id: string, title: string): DocumentSummary => ({ id, path: id, title, date: null, chars: 1, words: 1, encoding: 'utf-8' })
const words = { tags: [tag('t1', 'Akteure/Russland'), tag('t2', 'Treffen'), tag('t3', 'Kim')], documents: [doc('a.txt', 'Pjöngjang'), doc('b.txt', '')], openDocId: 'a.txt' }

describe('describeFilter', () => {
  it('names tags (all / any), words and the document', () => {
    expect(describeFilter({ tagIds: ['t1'], docId: 'a.txt' }, words)).toBe('tag Akteure/Russland, in this document')
    expect(describeFilter({ tagIds: ['t1', 't2', 't3'], tagMode: 'any' }, words)).toBe('tags Akteure/Russland, Treffen or Kim, in all documents')
    expect(describeFilter({ tagIds: ['t1', 't2'], text: ' Putin ', docId: 'b.txt' }, words)).toBe('tags Akteure/Russland and Treffen, containing “Putin”, in “b.txt”')
    expect(describeFilter({ docId: 'a.txt' }, { ...words, openDocId: null })).toBe('in “Pjöngjang”')
    expect(describeFilter({ tagIds: ['gone'] }, words)).toBe('tag (deleted tag), in all documents')
  })

  it('lists with commas and one conjunction', () => {
    expect(listWords([], 'and')).toBe('')
    expect(listWords(['a'], 'and')).toBe('a')
    expect(listWords(['a', 'b'], 'or')).toBe('a or b')
  })
})
