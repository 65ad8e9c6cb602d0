import { describe, expect, it } from 'vitest'
import type { TagView } from '../../../preload/contract'
import { subTags, tagTree, treeRows } from './tag-tree'

/** Tags as main lists them: parentId points at the level above when it has a record. */
function tags(...names: string[]): TagView[] {
  const ids = new Map(names.map((n) => [n.toLocaleLowerCase('de'), `id:${n}`]))
  return names.map((name) => {
    const parent = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : null
    return {
      id: `id:${name}`,
      name,
      color: null,
      description: '',
      count: 1,
      totalCount: 1,
      parentId: parent ? (ids.get(parent.toLocaleLowerCase('de')) ?? null) : null,
      depth: name.split('/').length - 1,
    }
  })
}

const shape = (list: TagView[]) => treeRows(tagTree(list)).map((r) => `${'  '.repeat(r.depth)}${r.label}${r.tag ? '' : ' (level)'}`)

describe('tagTree', () => {
  it('nests by parentId and sorts each level by German collation', () => {
    expect(shape(tags('Orte', 'Akteure', 'Akteure/Russland', 'Akteure/Nordkorea', 'Ämter', 'Orte/Pjöngjang'))).toEqual([
      'Akteure',
      '  Nordkorea',
      '  Russland',
      'Ämter',
      'Orte',
      '  Pjöngjang',
    ])
  })

  it('keeps levels without a tag record (older notebooks) as plain levels', () => {
    expect(shape(tags('Akteure/Russland', 'Akteure/Nordkorea'))).toEqual(['Akteure (level)', '  Nordkorea', '  Russland'])
    // A level is one node whatever the case of the names under it.
    expect(shape(tags('Akteure/Russland', 'akteure/Nordkorea'))).toEqual(['Akteure (level)', '  Nordkorea', '  Russland'])
  })
})

describe('subTags', () => {
  it('finds the tags below a tag at any depth', () => {
    const list = tags('Akteure', 'Akteure/Russland', 'Akteure/Russland/Kreml', 'Orte')
    expect(subTags(list, 'id:Akteure').map((t) => t.name)).toEqual(['Akteure/Russland', 'Akteure/Russland/Kreml'])
    expect(subTags(list, 'id:Orte')).toEqual([])
  })
})
