import { useRef, useState, type ReactNode } from 'react'
import type { MemoView, NoteDoc, UndoInfo } from '../../../preload/contract'
import { CollapseButton } from '../controls/buttons'
import { NOTHING_SAVED } from '../editor/autosave-queue'
import { hasText } from '../editor/note-doc'
import { AutosavedNote } from '../editor/autosaved-note'
import { trackNoteSave } from '../editor/note-saves'
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
  /** For a new memo: which draft it is (names its unsaved text app-wide). */
  draftKey?: number
  onCreated?(memo: MemoView): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

/** A free-standing note. A new one is created on disk with its first words, then saved as you type. */
export function MemoCard(props: MemoCardProps) {
  const { memo, about, showAbout = true, expanded, onExpand } = props
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
  return <OpenMemo {...props} />
}

function OpenMemo({ memo, about, aboutControl, onCollapse, draftDocId = null, draftKey = 0, onCreated, runUndoable }: MemoCardProps) {
  const id = useRef(memo?.id ?? null)
  // One name for the card's whole life, also after a new memo has been created.
  const [key] = useState(() => (memo ? `memo:${memo.id}` : `memo:new:${draftKey}`))
  const save = async (note: NoteDoc) => {
    if (id.current) return trackNoteSave('memo', window.exzerpt.updateMemo(id.current, note))
    if (!hasText(note)) return NOTHING_SAVED
    const created = await window.exzerpt.createMemo(draftDocId, note)
    id.current = created.id
    onCreated?.(created)
  }
  return (
    <article className="memo-card is-expanded" data-testid="memo-card" data-memo-id={memo?.id ?? ''}>
      <div className="memo-card__head">
        {aboutControl ?? <span className="memo-card__about">{about ?? 'Whole notebook'}</span>}
        <CollapseButton onClick={onCollapse} />
      </div>
      <AutosavedNote
        saveKey={key}
        save={save}
        note={memo?.note ?? null}
        label="Memo"
        placeholder="Write a memo…"
        autoFocus={!memo}
        testId="memo-editor"
        idle={memo ? undefined : 'Not saved yet — start typing'}
        actions={
          memo && (
            <button type="button" className="button button--small button--quiet" data-testid="delete-memo" onClick={() => runUndoable(() => window.exzerpt.deleteMemo(memo.id))}>
              Delete memo
            </button>
          )
        }
      />
    </article>
  )
}
