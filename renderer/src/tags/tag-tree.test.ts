import { describe, expect, it } from 'vitest'
import type { TagView } from '../../../preload/contract'
import { tagTree, treeRows } from './tag-tree'

const tag = (name: string): TagView => ({ id: name, name, color: null, description: '', count: 1, totalCount: 1 })

describe('tagTree', () => {
  it('nests by "/" and sorts each level, keeping levels no tag names on their own', () => {
    const rows = treeRows(tagTree([tag('Orte'), tag('Akteure/Russland'), tag('Akteure/Nordkorea'), tag('Ämter'), tag('Orte/Pjöngjang')]))
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.label}${r.tag ? '' : ' (level)'}`)).toEqual([
      'Akteure (level)',
      '  Nordkorea',
      '  Russland',
      'Ämter',
      'Orte',
      '  Pjöngjang',
    ])
  })

  it('treats levels case-insensitively, as tag names are', () => {
    const tree = tagTree([tag('akteure'), tag('Akteure/Russland')])
    expect(tree).toHaveLength(1)
    expect(tree[0]!.tag?.name).toBe('akteure')
    expect(tree[0]!.children[0]!.path).toBe('Akteure/Russland')
  })
})
