import { NotebookInputError } from '../notebook-errors'
import type { HighlightColor, Tag } from '../notebook-schema'
import type { NotebookOp } from '../store/notebook-ops'
import type { UndoEntry } from '../undo-stack'
import { TagDraft, type TagSource } from './tag-draft'
import { MAX_TAG_NAME, normalizeTagName, tagKey } from './tag-names'

export type { TagSource } from './tag-draft'

// Tags form a tree by their names: every level of "Akteure/Russland" exists as a
// tag of its own ("Akteure" is made when needed), so every node of the tree can be
// filtered on, coloured, described, renamed, merged and deleted. An edit of a node
// carries its sub-tags along, like moving a folder.

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

/** Tag ids for names (in the order given, without repeats), with puts for the tags — and parent levels — that do not exist yet. */
export function planEnsureTags(source: TagSource, names: readonly string[], now = new Date().toISOString()): { ids: string[]; ops: NotebookOp[] } {
  const draft = new TagDraft(source)
  const ids: string[] = []
  for (const raw of names) {
    if (!normalizeTagName(raw)) continue
    const id = draft.ensure(validTagName(raw))
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids, ops: draft.ops(now) }
}

/** A new tag (with any missing parent levels); refuses a name that is taken. */
export function planCreateTag(source: TagSource, input: { name: string; color?: HighlightColor | null; description?: string }): { tag: Tag; ops: NotebookOp[]; undo: UndoEntry } {
  const name = validTagName(input.name)
  const existing = findTagByName(source, name)
  if (existing) throw new NotebookInputError(`A tag named "${existing.name}" exists already.`)
  const draft = new TagDraft(source)
  const tag: Tag = { ...draft.get(draft.ensure(name))!, color: input.color ?? null, description: input.description?.trim() ?? '' }
  draft.put(tag)
  return { tag, ops: draft.ops(new Date().toISOString()), undo: draft.undo(`Tag “${name}” created`) }
}

/**
 * Renames, recolours or re-describes a tag. A new name moves the sub-tags along
 * ("Akteure" → "Beteiligte" also makes "Akteure/Russland" "Beteiligte/Russland");
 * highlights refer to tags by id, so they follow untouched. A name another tag has
 * is refused: combining two tags is a merge.
 */
export function planUpdateTag(source: TagSource, id: string, patch: { name?: string; color?: HighlightColor | null; description?: string }): TagPlan {
  const draft = new TagDraft(source)
  const tag = requireTag(draft, id)
  if (patch.name !== undefined) {
    const name = validTagName(patch.name)
    if (name !== tag.name) {
      const moving = draft.subtree(id)
      const movingIds = new Set(moving.map((t) => t.id))
      for (const t of moving) {
        const renamed = name + t.name.slice(tag.name.length)
        const clash = draft.byName(renamed)
        if (clash && !movingIds.has(clash.id)) {
          throw new NotebookInputError(`A tag named "${clash.name}" exists already. To combine the two, merge "${t.name}" into it.`)
        }
      }
      for (const t of moving) draft.put({ ...t, name: name + t.name.slice(tag.name.length) })
      // The new place may be below a level that does not exist yet.
      const parent = name.split('/').slice(0, -1).join('/')
      if (parent) draft.ensure(parent)
    }
  }
  const current = draft.get(id)!
  draft.put({
    ...current,
    ...(patch.color !== undefined ? { color: patch.color } : {}),
    ...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
  })
  const renamed = draft.get(id)!.name !== tag.name
  return { ops: draft.ops(new Date().toISOString()), undo: draft.undo(renamed ? `Tag “${tag.name}” renamed` : `Tag “${tag.name}” changed`) }
}

/**
 * Merges `sourceId` into `targetId`: its highlights get the target, the source is
 * deleted, and its sub-tags move below the target — each merging into a same-named
 * sub-tag already there. Undo restores exactly what was.
 */
export function planMergeTags(source: TagSource, sourceId: string, targetId: string, now: string): TagPlan {
  const draft = new TagDraft(source)
  const from = requireTag(draft, sourceId)
  const into = requireTag(draft, targetId)
  if (from.id === into.id) throw new NotebookInputError('A tag cannot be merged into itself.')
  if (tagKey(into.name).startsWith(`${tagKey(from.name)}/`)) throw new NotebookInputError(`"${from.name}" cannot be merged into its own sub-tag "${into.name}".`)
  // Parents first: a renamed parent is then the place its children move below.
  for (const t of draft.subtree(from.id)) {
    if (t.id === from.id) continue
    const moved = into.name + t.name.slice(from.name.length)
    const there = draft.byName(moved)
    // Merging "A/A" into "A" moves "A/A/A" to "A/A": the name of the tag going away, not a tag to join.
    if (there && there.id !== from.id) {
      draft.retag(t.id, there.id)
      draft.remove(t.id)
    } else {
      draft.put({ ...t, name: moved })
      draft.ensure(moved)
    }
  }
  draft.retag(from.id, into.id)
  draft.remove(from.id)
  return { ops: draft.ops(now), undo: draft.undo(`Merged “${from.name}” into “${into.name}”`) }
}

/** Deletes a tag and its sub-tags: they come off every highlight; the highlights stay. */
export function planDeleteTag(source: TagSource, id: string, now: string): TagPlan {
  const draft = new TagDraft(source)
  const tag = requireTag(draft, id)
  const subtree = draft.subtree(id)
  for (const t of subtree) draft.remove(t.id)
  const label = subtree.length > 1 ? `Tag “${tag.name}” and ${subtree.length - 1} sub-tag(s) deleted` : `Tag “${tag.name}” deleted`
  return { ops: draft.ops(now), undo: draft.undo(label) }
}

function requireTag(draft: TagDraft, id: string): Tag {
  const tag = draft.get(id)
  if (!tag) throw new NotebookInputError(`There is no tag with id "${id}" (it may have been deleted).`)
  return tag
}
