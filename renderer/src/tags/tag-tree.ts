import type { TagView } from '../../../preload/contract'
import { tagKey } from '../../../main/core/notebook/tags/tag-names'

/** One node of the tag tree: a tag, or a level that has no tag record (older notebooks: "Akteure" of "Akteure/Russland"). */
export interface TagNode {
  /** The full name up to this level. */
  path: string
  /** The last level of the name. */
  label: string
  depth: number
  tag: TagView | null
  children: TagNode[]
}

const parentPath = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')))
const lastLevel = (name: string) => name.slice(name.lastIndexOf('/') + 1)

/**
 * Arranges tags as main says they nest (TagView.parentId); a tag whose parent
 * level has no tag record goes under a level node made for it. Levels are
 * sorted by name (German collation, case-insensitive, as main compares names).
 */
export function tagTree(tags: readonly TagView[]): TagNode[] {
  const root: TagNode = { path: '', label: '', depth: -1, tag: null, children: [] }
  const byId = new Map<string, TagNode>()
  const byKey = new Map<string, TagNode>()
  for (const tag of tags) {
    const node: TagNode = { path: tag.name, label: lastLevel(tag.name), depth: tag.depth, tag, children: [] }
    byId.set(tag.id, node)
    byKey.set(tagKey(tag.name), node)
  }
  // A level without a record: found or made by its name, itself placed under its own parent.
  const level = (path: string): TagNode => {
    if (!path) return root
    const key = tagKey(path)
    let node = byKey.get(key)
    if (!node) {
      node = { path, label: lastLevel(path), depth: path.split('/').length - 1, tag: null, children: [] }
      byKey.set(key, node)
      level(parentPath(path)).children.push(node)
    }
    return node
  }
  for (const tag of tags) {
    const node = byId.get(tag.id)!
    const parent = (tag.parentId !== null ? byId.get(tag.parentId) : undefined) ?? level(parentPath(tag.name))
    parent.children.push(node)
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

/** The tags below a tag, at any depth (what deleting or merging it carries along). */
export function subTags(tags: readonly TagView[], id: string): TagView[] {
  const children = new Map<string, TagView[]>()
  for (const t of tags) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t])
  const out: TagView[] = []
  const walk = (parent: string) => {
    for (const child of children.get(parent) ?? []) {
      out.push(child)
      walk(child.id)
    }
  }
  walk(id)
  // Older notebooks: sub-tags under a level without a record are found by name.
  const tag = tags.find((t) => t.id === id)
  if (tag) {
    const prefix = `${tagKey(tag.name)}/`
    for (const t of tags) if (tagKey(t.name).startsWith(prefix) && !out.includes(t)) out.push(t)
  }
  return out
}
