import type { HighlightView, NoteDoc } from '../../../preload/contract'
import { NoteEditor } from '../editor/note-editor'
import { SaveStatus } from '../editor/save-status'
import { useAutosave } from '../editor/use-autosave'

/** A highlight's note, saved as you type (main answers once it is on disk). */
export function HighlightNote({ highlight, autoFocus }: { highlight: HighlightView; autoFocus?: boolean }) {
  const autosave = useAutosave((note: NoteDoc) => window.exzerpt.updateHighlight(highlight.id, { note }))
  return (
    <div className="note-field">
      <NoteEditor
        note={highlight.note}
        holdExternal={autosave.dirty}
        onChange={autosave.schedule}
        onBlur={autosave.flush}
        label="Note"
        placeholder="Write a note…"
        autoFocus={autoFocus}
        testId="note-editor"
      />
      <div className="note-field__status">
        <SaveStatus status={autosave.status} error={autosave.error} onRetry={autosave.retry} />
      </div>
    </div>
  )
}
