import type { HighlightColor, NoteDoc } from '../../../preload/contract'
import { hasText } from '../editor/note-doc'

/** What the selection popover holds before it becomes a highlight. */
export interface PopoverDraft {
  color: HighlightColor
  tags: string[]
  note: NoteDoc | null
  noteOpen: boolean
}

export function emptyDraft(color: HighlightColor): PopoverDraft {
  return { color, tags: [], note: null, noteOpen: false }
}

/** Whether closing the popover would throw away something typed (tags or words of a note). */
export function draftHasContent(draft: PopoverDraft): boolean {
  return draft.tags.length > 0 || hasText(draft.note)
}
