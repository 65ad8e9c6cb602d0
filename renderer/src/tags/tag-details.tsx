import { useEffect, useState } from 'react'
import type { HighlightColor, TagView, UndoInfo } from '../../../preload/contract'
import { errorMessage, formatCount } from '../format'
import { ColorPicker } from '../highlights/color-picker'

interface TagDetailsProps {
  tag: TagView
  tags: readonly TagView[]
  runUndoable(change: () => Promise<UndoInfo>): Promise<void>
  /** After a merge, the tag that remains. */
  onSelect(id: string | null): void
}

const plural = (n: number) => `${formatCount(n)} ${n === 1 ? 'highlight' : 'highlights'}`

/** One tag's name, colour and description, and merging or deleting it. Main checks names; its messages are shown as they are. */
export function TagDetails({ tag, tags, runUndoable, onSelect }: TagDetailsProps) {
  const [name, setName] = useState(tag.name)
  const [description, setDescription] = useState(tag.description)
  const [target, setTarget] = useState('')
  const [error, setError] = useState<string | null>(null)

  // Another tag, or this one changed elsewhere (a rename of its parent).
  useEffect(() => {
    setName(tag.name)
    setDescription(tag.description)
    setError(null)
  }, [tag.id, tag.name, tag.description])
  useEffect(() => setTarget(''), [tag.id])

  const update = (patch: { name?: string; color?: HighlightColor | null; description?: string }) => {
    setError(null)
    window.exzerpt.updateTag(tag.id, patch).catch((failure: unknown) => setError(errorMessage(failure)))
  }
  const renamed = name.trim() !== '' && name.trim() !== tag.name
  const others = tags.filter((t) => t.id !== tag.id)
  const hasSubTags = tag.totalCount !== tag.count || tags.some((t) => t.name.toLocaleLowerCase('de').startsWith(`${tag.name.toLocaleLowerCase('de')}/`))

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
        <p className="field__hint">Use “/” for levels, e.g. Akteure/Russland.{hasSubTags && ' Renaming also renames the tags below it.'}</p>
      </form>
      {error && (
        <p className="notice notice--problem" role="alert" data-testid="tag-error">
          {error}
        </p>
      )}
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
        On {plural(tag.count)}
        {tag.totalCount !== tag.count && ` · ${plural(tag.totalCount)} with the tags below it`}
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
            <button
              type="button"
              className="button button--small"
              data-testid="tag-merge"
              disabled={!target}
              onClick={() => void runUndoable(() => window.exzerpt.mergeTags(tag.id, target)).then(() => onSelect(target))}
            >
              Merge
            </button>
          </div>
          <p className="field__hint">Its highlights get the other tag; this one goes away.</p>
        </div>
      )}
      <div className="tag-details__danger">
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="tag-delete"
          onClick={() => void runUndoable(() => window.exzerpt.deleteTag(tag.id)).then(() => onSelect(null))}
        >
          Delete tag
        </button>
        <span className="field__hint">The highlights stay, without this tag.</span>
      </div>
    </div>
  )
}
