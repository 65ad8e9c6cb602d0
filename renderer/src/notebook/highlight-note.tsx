import type { HighlightView, NoteDoc } from '../../../preload/contract'
import { AutosavedNote } from '../editor/autosaved-note'
import { trackNoteSave } from '../editor/note-saves'

/** A highlight's note, saved as you type (main answers once it is on disk; a draft left unsaved comes back here). */
export function HighlightNote({ highlight, autoFocus }: { highlight: HighlightView; autoFocus?: boolean }) {
  return (
    <AutosavedNote
      saveKey={`note:${highlight.id}`}
      save={(note: NoteDoc) => trackNoteSave('highlight', window.exzerpt.updateHighlight(highlight.id, { note }))}
      note={highlight.note}
      label="Note"
      placeholder="Write a note…"
      autoFocus={autoFocus}
      testId="note-editor"
    />
  )
}
