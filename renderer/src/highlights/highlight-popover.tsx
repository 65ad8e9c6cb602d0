import { useRef, useState } from 'react'
import type { NoteDoc, TagView } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { NoteEditor } from '../editor/note-editor'
import { TagInput } from '../tags/tag-input'
import { useAction } from '../use-action'
import { ColorPicker } from './color-picker'
import { Floating } from './floating'
import { COLOR_LABELS, swatch } from './highlight-colors'
import type { Box } from './place-floating'
import { draftHasContent, type PopoverDraft } from './popover-draft'
import type { HighlightStyle } from './use-last-style'
import { useSelectionKeys } from './use-selection-keys'

export interface NewHighlightStyle extends HighlightStyle {
  note: NoteDoc | null
}

interface HighlightPopoverProps {
  /** Changes with every new selection: the popover moves there (keeping what was typed). */
  selectionId: number
  /** The reader's article: single-key shortcuts count while focus is there. */
  reader: Element | null
  anchor(): Box | null
  tags: readonly TagView[]
  /** The last highlight's colour and tags (null before the first): H repeats them. */
  last: HighlightStyle | null
  draft: PopoverDraft
  onDraftChange(draft: PopoverDraft): void
  /** Set when the draft was carried over from an earlier selection. */
  carried: boolean
  onSave(style: NewHighlightStyle): Promise<void>
  /** Closes the popover and drops the draft. */
  onDismiss(): void
}

/**
 * Next to a fresh selection: colour, tags, an optional note. Enter saves.
 * From the reader (focus not in the popover): H highlights at once like the
 * last highlight (colour and tags), T goes to the tags, N starts a note, Esc closes.
 * With tags or a note typed, a click elsewhere does not throw them away: the
 * popover stays (and follows a new selection) until it is saved or discarded.
 */
export function HighlightPopover({ selectionId, reader, anchor, tags, last, draft, onDraftChange, carried, onSave, onDismiss }: HighlightPopoverProps) {
  const [inside, setInside] = useState(false)
  // A click elsewhere was refused because of the draft: say why the popover stays.
  const [kept, setKept] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const tagField = useRef<HTMLInputElement>(null)
  const saving = useAction(onSave)
  const hasContent = draftHasContent(draft)
  const set = (patch: Partial<PopoverDraft>) => onDraftChange({ ...draft, ...patch })

  const save = (style: NewHighlightStyle) => void saving.run(style)
  const saveShown = () => save({ color: draft.color, tags: draft.tags, note: draft.note })

  useSelectionKeys(
    {
      h: () => save({ ...(last ?? { color: draft.color, tags: [] }), note: null }),
      enter: saveShown,
      t: () => tagField.current?.focus(),
      n: () => set({ noteOpen: true }),
      escape: onDismiss,
    },
    reader,
  )

  return (
    <Floating
      anchor={anchor}
      anchorKey={selectionId}
      className="popover"
      role="dialog"
      label="Highlight the selection"
      testId="highlight-popover"
      onDismiss={onDismiss}
      onOutside={() => {
        if (!hasContent) return true
        setKept(true)
        return false
      }}
      boxRef={box}
    >
      <div className="popover__body" onFocus={() => setInside(true)} onBlur={(event) => setInside(box.current?.contains(event.relatedTarget as Node) ?? false)}>
        <div className="popover__row">
          <ColorPicker value={draft.color} onChange={(color) => set({ color })} label="Colour" />
        </div>
        <TagInput value={draft.tags} onChange={(names) => set({ tags: names })} tags={tags} onSubmit={saveShown} label="Tags" inputRef={tagField} testId="popover-tags" />
        {draft.noteOpen ? (
          <div className="note-editor--compact">
            <NoteEditor
              note={null}
              initial={draft.note}
              onChange={(note) => set({ note })}
              label="Note"
              placeholder="Note (Enter saves)"
              toolbar={false}
              autoFocus
              onSubmit={saveShown}
              testId="popover-note"
            />
          </div>
        ) : (
          <button type="button" className="link-button popover__add-note" onClick={() => set({ noteOpen: true })}>
            + Add a note
          </button>
        )}
        <ProblemNotice className="popover__error">{saving.error}</ProblemNotice>
        {(kept || carried) && hasContent && (
          <p className="popover__kept" data-testid="popover-kept">
            {carried ? 'Moved to the new selection with what you typed.' : 'Not highlighted yet: save it, or discard what you typed.'}
          </p>
        )}
        {/* Always shown: a line appearing or vanishing as focus moves would shift the button under the pointer. */}
        <p className="popover__repeat" data-testid="popover-repeat">
          Press <kbd>H</kbd>
          {last ? (
            <>
              <span>to reuse</span>
              <span className="popover__repeat-dot" style={{ background: swatch(last.color) }} aria-label={COLOR_LABELS[last.color]} role="img" />
              <span className="popover__repeat-tags">{last.tags.length ? last.tags.join(', ') : 'no tags'}</span>
            </>
          ) : (
            <span>to highlight at once</span>
          )}
        </p>
        <div className="popover__actions">
          <span className="popover__hint" aria-hidden="true">
            {inside ? (
              <>
                <kbd>↵</kbd> save · <kbd>Esc</kbd> {hasContent ? 'discard' : 'close'}
              </>
            ) : hasContent ? (
              <>
                <kbd>↵</kbd> save
              </>
            ) : (
              <>
                <kbd>T</kbd> tags · <kbd>N</kbd> note · <kbd>↵</kbd> save
              </>
            )}
          </span>
          {hasContent && (
            <button type="button" className="button button--small button--quiet" data-testid="popover-discard" onClick={onDismiss}>
              Discard
            </button>
          )}
          <button type="button" className="button button--small button--accent" data-testid="popover-save" disabled={saving.busy} onClick={saveShown}>
            Highlight
          </button>
        </div>
      </div>
    </Floating>
  )
}
