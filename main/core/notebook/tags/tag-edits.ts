import { randomUUID } from 'node:crypto'
import { NotebookInputError } from '../notebook-errors'
import type { Highlight, HighlightColor, Tag } from '../notebook-schema'
import type { NotebookOp } from '../store/notebook-ops'
import type { UndoEntry } from '../undo-stack'
import { MAX_TAG_NAME, isSameOrBelow, normalizeTagName, tagKey } from './tag-names'

/** What the tag edits read: the notebook as it is at the moment they run. */
export interface TagSource {
  readonly data: { readonly highlights: readonly Highlight[]; readonly tags: readonly Tag[] }
  getHighlight(id: string): Readonly<Highlight> | undefined
  getTag(id: string): Readonly<Tag> | undefined
}

/** Ops to apply as one journal entry, and how to undo them (absent where undo is not offered). */
export interface TagPlan {
  ops: NotebookOp[]
  undo?: UndoEntry
}

/** Checks and normalizes a tag name typed by the user. */
export function validTagName(raw: string): string {
  const name = normalizeTagName(raw)
  if (!name) throw new NotebookInputError('A tag needs a name.')
  if (name.length > MAX_TAG_NAME) throw new NotebookInputError(`A tag name can be at most ${MAX_TAG_NAME} characters long.`)
  return name
}

/** The tag with this name (case-insensitive), if there is one. */
export function findTagByName(source: TagSource, name: string): Tag | undefined {
  const key = tagKey(name)
  return source.data.tags.find((t) => tagKey(t.name) === key)
}

/** Tag ids for names, with puts for the tags that do not exist yet (in the order given, without repeats). */
export function planEnsureTags(source: TagSource, names: readonly string[]): { ids: string[]; ops: NotebookOp[] } {
  const ids: string[] = []
  const ops: NotebookOp[] = []
  const created = new Map<string, Tag>()
  for (const raw of names) {
    if (!normalizeTagName(raw)) continue
    const name = validTagName(raw)
    let tag = findTagByName(source, name) ?? created.get(tagKey(name))
    if (!tag) {
      tag = { id: randomUUID(), name, color: null, description: '' }
      created.set(tagKey(name), tag)
      ops.push({ op: 'putTag', value: tag })
    }
    if (!ids.includes(tag.id)) ids.push(tag.id)
  }
  return { ids, ops }
}

/** A new tag; refuses a name that is taken. */
export function planCreateTag(source: TagSource, input: { name: string; color?: HighlightColor | null; description?: string }): { tag: Tag; ops: NotebookOp[] } {
  const name = validTagName(input.name)
  const existing = findTagByName(source, name)
  if (existing) throw new NotebookInputError(`A tag named "${existing.name}" exists already.`)
  const tag: Tag = { id: randomUUID(), name, color: input.color ?? null, description: input.description?.trim() ?? '' }
  return { tag, ops: [{ op: 'putTag', value: tag }] }
}

/**
 * Renames a tag and everything below it ("Akteure" → "Beteiligte" also makes
 * "Akteure/Russland" "Beteiligte/Russland"). Highlights refer to tags by id, so
 * they follow without being touched. Refuses a name another tag has: that is a merge.
 */
export function planRenameTag(source: TagSource, id: string, newName: string): TagPlan {
  const tag = requireTag(source, id)
  const name = validTagName(newName)
  if (name === tag.name) return { ops: [] }
  const moved = source.data.tags.filter((t) => isSameOrBelow(t.name, tag.name))
  const movedIds = new Set(moved.map((t) => t.id))
  const ops: NotebookOp[] = []
  for (const t of moved) {
    const renamed = name + t.name.slice(tag.name.length)
    const clash = findTagByName(source, renamed)
    if (clash && !movedIds.has(clash.id)) {
      throw new NotebookInputError(`A tag named "${clash.name}" exists already. To combine the two, merge "${t.name}" into it.`)
    }
    ops.push({ op: 'putTag', value: { ...t, name: renamed } })
  }
  return { ops }
}

/** Renames (with sub-tags, see {@link planRenameTag}), recolours or re-describes a tag, as one entry. */
export function planUpdateTag(source: TagSource, id: string, patch: { name?: string; color?: HighlightColor | null; description?: string }): TagPlan {
  const tag = requireTag(source, id)
  const renames = patch.name === undefined ? [] : planRenameTag(source, id, patch.name).ops
  const own = renames.find((op) => op.op === 'putTag' && op.value.id === id)
  const next: Tag = {
    ...(own?.op === 'putTag' ? own.value : tag),
    ...(patch.color !== undefined ? { color: patch.color } : {}),
    ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
  }
  return { ops: [...renames.filter((op) => op !== own), { op: 'putTag', value: next }] }
}

/**
 * Moves every highlight from `sourceId` to `targetId` and deletes the source tag.
 * Tags below the source keep their names. Undo brings the source tag back on
 * exactly the highlights that had it, and takes the target off those that had not.
 */
export function planMergeTags(source: TagSource, sourceId: string, targetId: string, now: string): TagPlan {
  const from = requireTag(source, sourceId)
  const into = requireTag(source, targetId)
  if (from.id === into.id) throw new NotebookInputError('A tag cannot be merged into itself.')
  const affected: Array<{ id: string; hadTarget: boolean }> = []
  const ops: NotebookOp[] = []
  for (const h of source.data.highlights) {
    if (!h.tagIds.includes(from.id)) continue
    const hadTarget = h.tagIds.includes(into.id)
    affected.push({ id: h.id, hadTarget })
    const tagIds = hadTarget ? h.tagIds.filter((t) => t !== from.id) : h.tagIds.map((t) => (t === from.id ? into.id : t))
    ops.push({ op: 'putHighlight', value: { ...h, tagIds, updatedAt: now } })
  }
  ops.push({ op: 'deleteTag', id: from.id })
  const snapshot = { ...from }
  return {
    ops,
    undo: {
      label: `Merged “${from.name}” into “${into.name}”`,
      revert: () => {
        const back: NotebookOp[] = source.getTag(snapshot.id) ? [] : [{ op: 'putTag', value: snapshot }]
        for (const { id, hadTarget } of affected) {
          const h = source.getHighlight(id)
          if (!h) continue
          let tagIds = h.tagIds.includes(snapshot.id) ? [...h.tagIds] : [...h.tagIds, snapshot.id]
          if (!hadTarget) tagIds = tagIds.filter((t) => t !== into.id)
          back.push({ op: 'putHighlight', value: { ...h, tagIds } })
        }
        return back
      },
    },
  }
}

/** Deletes a tag: it comes off every highlight, the highlights stay. Sub-tags stay too. */
export function planDeleteTag(source: TagSource, id: string, now: string): TagPlan {
  const tag = requireTag(source, id)
  const affected: string[] = []
  const ops: NotebookOp[] = []
  for (const h of source.data.highlights) {
    if (!h.tagIds.includes(tag.id)) continue
    affected.push(h.id)
    ops.push({ op: 'putHighlight', value: { ...h, tagIds: h.tagIds.filter((t) => t !== tag.id), updatedAt: now } })
  }
  ops.push({ op: 'deleteTag', id: tag.id })
  const snapshot = { ...tag }
  return {
    ops,
    undo: {
      label: `Tag “${tag.name}” deleted`,
      revert: () => {
        const back: NotebookOp[] = source.getTag(snapshot.id) ? [] : [{ op: 'putTag', value: snapshot }]
        for (const hid of affected) {
          const h = source.getHighlight(hid)
          if (h && !h.tagIds.includes(snapshot.id)) back.push({ op: 'putHighlight', value: { ...h, tagIds: [...h.tagIds, snapshot.id] } })
        }
        return back
      },
    },
  }
}

function requireTag(source: TagSource, id: string): Tag {
  const tag = source.getTag(id)
  if (!tag) throw new NotebookInputError(`There is no tag with id "${id}" (it may have been deleted).`)
  return tag
}
