import { describe, expect, it } from 'vitest'
import type { TagView } from '../../../preload/contract'
import { tagSuggestions } from './tag-suggestions'

const tag = (name: string): TagView => ({ id: name, name, color: null, description: '', count: 0, totalCount: 0, parentId: null, depth: name.split('/').length - 1 })
const TAGS = ['Akteure/Russland', 'Akteure/Nordkorea', 'Russland-Politik', 'Orte/Pjöngjang', 'Weißrussland'].map(tag)
const names = (list: TagView[]) => list.map((t) => t.name)

describe('tagSuggestions', () => {
  it('puts names with a level starting with the text before names merely containing it', () => {
    expect(names(tagSuggestions(TAGS, 'russ', []))).toEqual(['Akteure/Russland', 'Russland-Politik', 'Weißrussland'])
  })

  it('puts an exact name first, ignores case and leaves out chosen tags', () => {
    expect(names(tagSuggestions(TAGS, 'akteure/russland', []))).toEqual(['Akteure/Russland'])
    expect(names(tagSuggestions(TAGS, 'RUSS', ['akteure/russland']))).toEqual(['Russland-Politik', 'Weißrussland'])
  })

  it('compares names as main does: spaces around "/" and repeated spaces do not count', () => {
    expect(names(tagSuggestions(TAGS, ' Akteure /  russland', []))).toEqual(['Akteure/Russland'])
    expect(names(tagSuggestions(TAGS, 'russ', ['Akteure / Russland']))).toEqual(['Russland-Politik', 'Weißrussland'])
  })

  it('offers the first tags when nothing is typed', () => {
    expect(tagSuggestions(TAGS, '  ', [])).toHaveLength(5)
  })
})
