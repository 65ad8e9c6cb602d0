import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { TagView, UndoInfo } from '../../../preload/contract'
import { errorMessage, formatCount } from '../format'
import { swatch } from '../highlights/highlight-colors'
import { TagDetails } from './tag-details'
import { tagTree, treeRows } from './tag-tree'
import './tags.css'

interface TagManagerProps {
  open: boolean
  onClose(): void
  tags: readonly TagView[]
  runUndoable(change: () => Promise<UndoInfo>): Promise<void>
  /** Shown inside the dialog (the toast: outside a modal dialog it could not be clicked). */
  children?: ReactNode
}

/** The tags as a tree with their counts; create, rename, recolour, describe, merge, delete. */
export function TagManager({ open, onClose, tags, runUndoable, children }: TagManagerProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [newName, setNewName] = useState('')
  const [error, setError] = useState<string | null>(null)

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
    if (!newName.trim()) return
    setError(null)
    window.exzerpt
      .createTag({ name: newName })
      .then((tag) => {
        setNewName('')
        setSelected(tag.id)
      })
      .catch((failure: unknown) => setError(errorMessage(failure)))
  }

  return (
    <dialog ref={dialog} className="dialog tag-manager" aria-labelledby="tag-manager-title" data-testid="tag-manager" onClose={onClose}>
      <header className="dialog__header">
        <h2 className="dialog__title" id="tag-manager-title">
          Tags
        </h2>
        <button type="button" className="icon-button" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4.5 4.5l7 7m0-7-7 7" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
        </button>
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
          {error && (
            <p className="notice notice--problem" role="alert">
              {error}
            </p>
          )}
          {rows.length === 0 ? (
            <p className="tag-manager__empty">No tags yet. Tags added to highlights appear here.</p>
          ) : (
            <ul className="tag-tree" aria-label="All tags">
              {rows.map((row) => (
                <li key={row.path} style={{ paddingLeft: row.depth * 16 }}>
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
                    <span className="tag-tree__level">{row.label}</span>
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
      {open && children}
    </dialog>
  )
}
