import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { TagView, UndoInfo } from '../../../preload/contract'
import { CloseButton } from '../controls/buttons'
import { ProblemNotice } from '../controls/problem-notice'
import { formatCount } from '../format'
import { swatch } from '../highlights/highlight-colors'
import { useAction } from '../use-action'
import { TagDetails } from './tag-details'
import { tagTree, treeRows } from './tag-tree'
import './tags.css'

interface TagManagerProps {
  open: boolean
  onClose(): void
  tags: readonly TagView[]
  runUndoable(change: () => Promise<UndoInfo>): Promise<boolean>
}

/** The tags as a tree with their counts; create, rename, recolour, describe, merge, delete. */
export function TagManager({ open, onClose, tags, runUndoable }: TagManagerProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [newName, setNewName] = useState('')
  const creating = useAction(async (name: string) => {
    const tag = await window.exzerpt.createTag({ name })
    setNewName('')
    setSelected(tag.id)
  })

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    else if (!open && el.open) el.close()
  }, [open])

  const rows = treeRows(tagTree(tags))
  const current = tags.find((t) => t.id === selected) ?? null

  const create = (event: FormEvent) => {
    event.preventDefault()
    if (newName.trim()) void creating.run(newName)
  }

  return (
    <dialog ref={dialog} className="dialog tag-manager" aria-labelledby="tag-manager-title" data-testid="tag-manager" onClose={onClose}>
      <header className="dialog__header">
        <h2 className="dialog__title" id="tag-manager-title">
          Tags
        </h2>
        <CloseButton title="Close (Esc)" onClick={onClose} />
      </header>
      <div className="tag-manager__body">
        <div className="tag-manager__side">
          <form className="tag-manager__new" onSubmit={create}>
            <input
              className="text-input"
              aria-label="New tag name"
              data-testid="new-tag-name"
              placeholder="New tag…"
              title="A “/” nests it, e.g. Orte/Pjöngjang"
              value={newName}
              spellCheck={false}
              onChange={(event) => setNewName(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={!newName.trim()}>
              Create
            </button>
          </form>
          <ProblemNotice>{creating.error}</ProblemNotice>
          {rows.length === 0 ? (
            <p className="tag-manager__empty">No tags yet. Tags added to highlights appear here.</p>
          ) : (
            <ul className="tag-tree" aria-label="All tags">
              {rows.map((row) => (
                <li key={row.tag?.id ?? `level:${row.path}`} style={{ paddingLeft: row.depth * 16 }}>
                  {row.tag ? (
                    <button
                      type="button"
                      className={`tag-tree__item${row.tag.id === selected ? ' is-selected' : ''}`}
                      aria-current={row.tag.id === selected ? 'true' : undefined}
                      data-testid="tag-tree-item"
                      data-tag-name={row.tag.name}
                      onClick={() => setSelected(row.tag!.id)}
                    >
                      <span className="tag-tree__dot" style={row.tag.color ? { background: swatch(row.tag.color) } : undefined} aria-hidden="true" />
                      <span className="tag-tree__label">{row.label}</span>
                      <span className="tag-tree__count" title={`${row.tag.count} with this tag, ${row.tag.totalCount} including the tags below it`}>
                        {formatCount(row.tag.totalCount)}
                      </span>
                    </button>
                  ) : (
                    <span className="tag-tree__level" title="A level without a tag of its own (an older notebook)">
                      {row.label}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="tag-manager__main">
          {current ? (
            <TagDetails key={current.id} tag={current} tags={tags} runUndoable={runUndoable} onSelect={setSelected} />
          ) : (
            <p className="tag-manager__empty">Choose a tag to rename, recolour, describe, merge or delete it.</p>
          )}
        </div>
      </div>
    </dialog>
  )
}
