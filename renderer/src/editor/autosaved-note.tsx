import type { ReactNode } from 'react'
import type { NoteDoc } from '../../../preload/contract'
import { NoteEditor } from './note-editor'
import { SaveStatus } from './save-status'
import { useAutosave } from './use-autosave'

interface AutosavedNoteProps {
  /** Names the note app-wide (a draft left unsaved by an earlier editor of it comes back). */
  saveKey: string
  save(note: NoteDoc): Promise<unknown>
  /** The stored note. */
  note: NoteDoc | null
  label: string
  placeholder: string
  autoFocus?: boolean
  testId: string
  /** The status line before anything was written ("Not saved yet — start typing"). */
  idle?: string
  /** Beside the status (e.g. "Delete memo"). */
  actions?: ReactNode
}

/** A note editor saved as you type, with its "Saving… / Saved / Not saved" line. */
export function AutosavedNote({ saveKey, save, note, label, placeholder, autoFocus, testId, idle, actions }: AutosavedNoteProps) {
  const autosave = useAutosave(saveKey, save)
  return (
    <div className="note-field">
      <NoteEditor
        note={note}
        initial={autosave.draft}
        holdExternal={autosave.dirty}
        onChange={autosave.schedule}
        onBlur={autosave.flush}
        label={label}
        placeholder={placeholder}
        autoFocus={autoFocus}
        testId={testId}
      />
      <div className="note-field__status">
        <SaveStatus status={autosave.status} error={autosave.error} onRetry={autosave.flush} idle={idle} />
        {actions}
      </div>
    </div>
  )
}
