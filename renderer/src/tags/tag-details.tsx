import { useEffect, useState } from 'react'
import type { HighlightColor, TagView, UndoInfo } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { errorMessage, formatCount } from '../format'
import { ColorPicker } from '../highlights/color-picker'
import { subTags } from './tag-tree'

interface TagDetailsProps {
  tag: TagView
  tags: readonly TagView[]
  /** Runs an undoable change (the toast offers Undo); resolves to whether it succeeded. */
  runUndoable(change: () => Promise<UndoInfo>): Promise<boolean>
  /** After a merge, the tag that remains; after a delete, none. */
  onSelect(id: string | null): void
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`

/** One tag's name, colour and description, and merging or deleting it (with its sub-tags). Main checks names; its messages are shown as they are. */
export function TagDetails({ tag, tags, runUndoable, onSelect }: TagDetailsProps) {
  const [name, setName] = useState(tag.name)
  const [description, setDescription] = useState(tag.description)
  const [target, setTarget] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [error, setError] = useState<string | null>(null)

  // Another tag, or this one changed elsewhere (a rename of its parent).
  useEffect(() => {
    setName(tag.name)
    setDescription(tag.description)
    setError(null)
  }, [tag.id, tag.name, tag.description])
  useEffect(() => {
    setTarget('')
    setConfirmDelete(false)
  }, [tag.id])

  const update = (patch: { name?: string; color?: HighlightColor | null; description?: string }) => {
    setError(null)
    window.exzerpt.updateTag(tag.id, patch).catch((failure: unknown) => setError(errorMessage(failure)))
  }
  const renamed = name.trim() !== '' && name.trim() !== tag.name
  const below = subTags(tags, tag.id)
  const belowIds = new Set(below.map((t) => t.id))
  // Not into itself, nor into a tag below it (main refuses both).
  const others = tags.filter((t) => t.id !== tag.id && !belowIds.has(t.id))
  // "its sub-tag" / "its 2 sub-tags"
  const theSubTags = below.length === 1 ? 'its sub-tag' : `its ${plural(below.length, 'sub-tag')}`
  const subs = below.length > 0 ? ` and ${theSubTags}` : ''

  const merge = async () => {
    if (await runUndoable(() => window.exzerpt.mergeTags(tag.id, target))) onSelect(target)
  }
  const remove = async () => {
    setConfirmDelete(false)
    if (await runUndoable(() => window.exzerpt.deleteTag(tag.id))) onSelect(null)
  }

  return (
    <div className="tag-details" data-testid="tag-details">
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault()
          if (renamed) update({ name: name.trim() })
        }}
      >
        <label className="field__label" htmlFor="tag-name">
          Name
        </label>
        <div className="field__row">
          <input id="tag-name" className="text-input" data-testid="tag-name" value={name} onChange={(event) => setName(event.target.value)} spellCheck={false} />
          <button type="submit" className="button button--small" data-testid="tag-rename" disabled={!renamed}>
            Rename
          </button>
        </div>
        <p className="field__hint">Use “/” for levels, e.g. Akteure/Russland.{below.length > 0 && (below.length === 1 ? ' Its sub-tag moves along.' : ` Its ${plural(below.length, 'sub-tag')} move along.`)}</p>
      </form>
      <ProblemNotice testId="tag-error">{error}</ProblemNotice>
      <div className="field">
        <span className="field__label">Colour</span>
        <ColorPicker allowNone value={tag.color} onChange={(color) => update({ color })} label="Tag colour" />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="tag-description">
          Description
        </label>
        <textarea
          id="tag-description"
          className="text-input text-area"
          rows={2}
          placeholder="What this tag is for (optional)"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          onBlur={() => description !== tag.description && update({ description })}
        />
      </div>
      <p className="tag-details__usage">
        On {plural(tag.count, 'highlight')}
        {tag.totalCount !== tag.count && ` · ${plural(tag.totalCount, 'highlight')} with the tags below it`}
      </p>
      {others.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor="tag-merge">
            Merge into another tag
          </label>
          <div className="field__row">
            <select id="tag-merge" className="select" data-testid="tag-merge-target" value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">Choose a tag…</option>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button type="button" className="button button--small" data-testid="tag-merge" disabled={!target} onClick={() => void merge()}>
              Merge
            </button>
          </div>
          <p className="field__hint">
            Its highlights get the other tag{below.length > 0 && ', its sub-tags move below it'}; “{tag.name}” goes away.
          </p>
        </div>
      )}
      <div className="tag-details__danger">
        {confirmDelete ? (
          <div className="tag-details__confirm" role="group" aria-label="Confirm deleting">
            <span className="tag-details__question" data-testid="tag-delete-question">
              Delete “{tag.name}”{subs}? Highlights stay.
            </span>
            <button type="button" className="button button--small button--danger" data-testid="tag-delete-confirm" autoFocus onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <>
            <button
              type="button"
              className="button button--small button--danger"
              data-testid="tag-delete"
              onClick={() => (below.length > 0 ? setConfirmDelete(true) : void remove())}
            >
              {below.length > 0 ? 'Delete with sub-tags…' : 'Delete tag'}
            </button>
            <span className="field__hint">{below.length > 0 ? `Also deletes ${theSubTags}. Highlights stay.` : 'The highlights stay, without this tag.'}</span>
          </>
        )}
      </div>
    </div>
  )
}
