import { useRef, type ReactNode } from 'react'
import type { MemoView, NoteDoc, UndoInfo } from '../../../preload/contract'
import { hasText } from '../editor/has-text'
import { NoteEditor } from '../editor/note-editor'
import { SaveStatus } from '../editor/save-status'
import { useAutosave } from '../editor/use-autosave'
import { formatTimestamp } from '../format'

interface MemoCardProps {
  /** Null for a new memo that has not been saved yet. */
  memo: MemoView | null
  /** What the memo is about: its document's title, or null for the whole notebook. */
  about: string | null
  /** Names what the memo is about in the collapsed card (not needed where a section heading says it). */
  showAbout?: boolean
  /** Replaces the "about" label of the open card (a new memo's choice of document or notebook). */
  aboutControl?: ReactNode
  expanded: boolean
  onExpand(): void
  onCollapse(): void
  /** For a new memo: where it will be created (the document id, or null for the notebook). */
  draftDocId?: string | null
  onCreated?(memo: MemoView): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

/** A free-standing note. A new one is created on disk with its first words, then saved as you type. */
export function MemoCard({ memo, about, showAbout = true, aboutControl, expanded, onExpand, onCollapse, draftDocId = null, onCreated, runUndoable }: MemoCardProps) {
  const id = useRef(memo?.id ?? null)
  const autosave = useAutosave(async (note: NoteDoc) => {
    if (id.current) return window.exzerpt.updateMemo(id.current, note)
    if (!hasText(note)) return
    const created = await window.exzerpt.createMemo(draftDocId, note)
    id.current = created.id
    onCreated?.(created)
  })
  const where = about ?? 'Whole notebook'

  if (!expanded && memo) {
    return (
      <article className="memo-card" data-testid="memo-card" data-memo-id={memo.id}>
        <button type="button" className="memo-card__open" onClick={onExpand}>
          <span className="memo-card__preview">{memo.preview || 'Empty memo'}</span>
          <span className="memo-card__meta">
            {showAbout ? `${where} · ` : ''}
            {formatTimestamp(memo.updatedAt)}
          </span>
        </button>
      </article>
    )
  }
  return (
    <article className="memo-card is-expanded" data-testid="memo-card" data-memo-id={memo?.id ?? ''}>
      <div className="memo-card__head">
        {aboutControl ?? <span className="memo-card__about">{where}</span>}
        <button type="button" className="icon-button" aria-label="Collapse" title="Collapse" onClick={onCollapse}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 10l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
      <div className="note-field">
        <NoteEditor
          note={memo?.note ?? null}
          holdExternal={autosave.dirty}
          onChange={autosave.schedule}
          onBlur={autosave.flush}
          label="Memo"
          placeholder="Write a memo…"
          autoFocus={!memo}
          testId="memo-editor"
        />
        <div className="note-field__status">
          <SaveStatus status={autosave.status} error={autosave.error} onRetry={autosave.retry} />
          {memo && (
            <button
              type="button"
              className="button button--small button--quiet"
              data-testid="delete-memo"
              onClick={() => runUndoable(() => window.exzerpt.deleteMemo(memo.id))}
            >
              Delete memo
            </button>
          )}
        </div>
      </div>
    </article>
  )
}
