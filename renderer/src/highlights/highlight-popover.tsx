import { useRef, useState } from 'react'
import type { NoteDoc, TagView } from '../../../preload/contract'
import { NoteEditor } from '../editor/note-editor'
import { errorMessage } from '../format'
import { TagInput } from '../tags/tag-input'
import { ColorPicker } from './color-picker'
import { Floating } from './floating'
import { COLOR_LABELS, swatch } from './highlight-colors'
import type { Box } from './place-floating'
import type { ReaderSelection } from './use-reader-selection'
import type { HighlightStyle } from './use-last-style'
import { useSelectionKeys } from './use-selection-keys'

export interface NewHighlightStyle extends HighlightStyle {
  note: NoteDoc | null
}

interface HighlightPopoverProps {
  selection: ReaderSelection
  /** The reader's article: single-key shortcuts count while focus is there. */
  reader: Element | null
  anchor(): Box | null
  tags: readonly TagView[]
  /** The last highlight's colour and tags (null before the first): H repeats them; the colour is also where the popover starts. */
  last: HighlightStyle | null
  onSave(style: NewHighlightStyle): Promise<void>
  onDismiss(): void
}

/**
 * Next to a fresh selection: colour, tags, an optional note. Enter saves.
 * From the reader (focus not in the popover): H highlights at once like the
 * last highlight (colour and tags), T goes to the tags, N starts a note, Esc closes.
 */
export function HighlightPopover({ selection, reader, anchor, tags, last, onSave, onDismiss }: HighlightPopoverProps) {
  const [color, setColor] = useState(last?.color ?? 'yellow')
  // Tags start empty: carried-over tags would end up on passages they do not fit.
  const [names, setNames] = useState<string[]>([])
  const [noteOpen, setNoteOpen] = useState(false)
  const [note, setNote] = useState<NoteDoc | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [inside, setInside] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const tagField = useRef<HTMLInputElement>(null)

  const save = (style: NewHighlightStyle) => {
    if (busy) return
    setBusy(true)
    setError(null)
    onSave(style).catch((failure: unknown) => {
      setError(errorMessage(failure))
      setBusy(false)
    })
  }
  const saveShown = () => save({ color, tags: names, note })

  useSelectionKeys(
    {
      h: () => save({ ...(last ?? { color, tags: [] }), note: null }),
      enter: saveShown,
      t: () => tagField.current?.focus(),
      n: () => setNoteOpen(true),
      escape: onDismiss,
    },
    reader,
  )

  return (
    <Floating
      anchor={anchor}
      anchorKey={selection.id}
      className="popover"
      role="dialog"
      label="Highlight the selection"
      testId="highlight-popover"
      onDismiss={onDismiss}
      boxRef={box}
    >
      <div className="popover__body" onFocus={() => setInside(true)} onBlur={(event) => setInside(box.current?.contains(event.relatedTarget as Node) ?? false)}>
        <div className="popover__row">
          <ColorPicker value={color} onChange={setColor} label="Colour" />
        </div>
        <TagInput value={names} onChange={setNames} tags={tags} onSubmit={saveShown} label="Tags" inputRef={tagField} testId="popover-tags" />
        {noteOpen ? (
          <div className="note-editor--compact">
            <NoteEditor
              note={null}
              onChange={setNote}
              label="Note"
              placeholder="Note — Enter saves, Shift+Enter breaks the line"
              toolbar={false}
              autoFocus
              onSubmit={saveShown}
              testId="popover-note"
            />
          </div>
        ) : (
          <button type="button" className="link-button popover__add-note" onClick={() => setNoteOpen(true)}>
            + Add a note
          </button>
        )}
        {error && (
          <p className="notice notice--problem popover__error" role="alert">
            {error}
          </p>
        )}
        {/* Always shown: a line appearing or vanishing as focus moves would shift the button under the pointer. */}
        <p className="popover__repeat" data-testid="popover-repeat">
          {last ? (
            <>
              <kbd>H</kbd> from the text: like the last one
              <span className="popover__repeat-dot" style={{ background: swatch(last.color) }} aria-label={COLOR_LABELS[last.color]} role="img" />
              <span className="popover__repeat-tags">{last.tags.length ? last.tags.join(', ') : 'no tags'}</span>
            </>
          ) : (
            <>
              <kbd>H</kbd> from the text: highlight at once
            </>
          )}
        </p>
        <div className="popover__actions">
          <span className="popover__hint" aria-hidden="true">
            {inside ? (
              <>
                <kbd>↵</kbd> save · <kbd>Esc</kbd> close
              </>
            ) : (
              <>
                <kbd>T</kbd> tags · <kbd>N</kbd> note · <kbd>↵</kbd> save
              </>
            )}
          </span>
          <button type="button" className="button button--small button--accent" data-testid="popover-save" disabled={busy} onClick={saveShown}>
            Highlight
          </button>
        </div>
      </div>
    </Floating>
  )
}
