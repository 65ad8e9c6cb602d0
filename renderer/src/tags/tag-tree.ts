import type { TagView } from '../../../preload/contract'

/** One level of the tag tree: a tag, or a level only named by deeper tags ("Akteure" of "Akteure/Russland" when there is no tag "Akteure"). */
export interface TagNode {
  /** The full name up to this level, as written by the deepest tag below it. */
  path: string
  /** The last level of the name. */
  label: string
  depth: number
  tag: TagView | null
  children: TagNode[]
}

/** Arranges tags by "/" into a tree, levels sorted by name (German collation, case-insensitive as main compares names). */
export function tagTree(tags: readonly TagView[]): TagNode[] {
  const root: TagNode = { path: '', label: '', depth: -1, tag: null, children: [] }
  const byKey = new Map<string, TagNode>()
  for (const tag of tags) {
    const levels = tag.name.split('/')
    let parent = root
    levels.forEach((label, i) => {
      const path = levels.slice(0, i + 1).join('/')
      const key = path.toLocaleLowerCase('de')
      let node = byKey.get(key)
      if (!node) {
        node = { path, label, depth: i, tag: null, children: [] }
        byKey.set(key, node)
        parent.children.push(node)
      }
      if (i === levels.length - 1) {
        node.tag = tag
        node.path = tag.name
        node.label = label
      }
      parent = node
    })
  }
  const sort = (nodes: TagNode[]) => {
    nodes.sort((a, b) => a.label.localeCompare(b.label, 'de', { sensitivity: 'base' }))
    for (const node of nodes) sort(node.children)
  }
  sort(root.children)
  return root.children
}

/** The tree as rows in reading order (for a flat list with indentation). */
export function treeRows(nodes: readonly TagNode[]): TagNode[] {
  const rows: TagNode[] = []
  const walk = (list: readonly TagNode[]) => {
    for (const node of list) {
      rows.push(node)
      walk(node.children)
    }
  }
  walk(nodes)
  return rows
}
