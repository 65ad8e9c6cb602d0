import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useLayoutEffect, useRef, type CSSProperties } from 'react'
import type { NoteDoc } from '../../../preload/contract'
import { noteExtensions } from '../../../main/core/notebook/note/note-extensions'
import { useSay } from '../toast/use-undo'
import { EMPTY_NOTE } from './note-doc'
import { NoteToolbar } from './note-toolbar'
import { openLink } from './open-link'
import { SubmitOnEnter } from './submit-on-enter'
import './editor.css'

interface NoteEditorProps {
  /** The stored note. The editor starts from it and later takes over changes made elsewhere (undo, another view). */
  note: NoteDoc | null
  /** Where to start instead of `note` (an unsaved draft an earlier editor left). */
  initial?: NoteDoc | null
  /** While true (an edit of this editor is on its way to disk), changes from outside are older than what is shown: ignore them. */
  holdExternal?: boolean
  onChange(note: NoteDoc): void
  label: string
  placeholder?: string
  toolbar?: boolean
  autoFocus?: boolean
  /** When set, Enter submits and Shift+Enter breaks the line (for short notes). */
  onSubmit?(): void
  onBlur?(): void
  testId?: string
}

const same = (a: NoteDoc | null, b: NoteDoc | null) => JSON.stringify(a ?? EMPTY_NOTE) === JSON.stringify(b ?? EMPTY_NOTE)

/** A rich-text note in the schema main validates against (noteExtensions, shared with main). Ctrl/Cmd+click opens a link. */
export function NoteEditor({ note, initial, holdExternal, onChange, label, placeholder, toolbar = true, autoFocus, onSubmit, onBlur, testId }: NoteEditorProps) {
  const say = useSay()
  const handlers = useRef({ onChange, onSubmit, onBlur, say })
  useLayoutEffect(() => {
    handlers.current = { onChange, onSubmit, onBlur, say }
  })
  const submits = onSubmit !== undefined

  const editor = useEditor(
    {
      extensions: [...noteExtensions(), ...(submits ? [SubmitOnEnter.configure({ onSubmit: () => handlers.current.onSubmit?.() })] : [])],
      content: initial ?? note ?? EMPTY_NOTE,
      autofocus: autoFocus ? 'end' : false,
      editorProps: {
        attributes: {
          class: 'note-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          ...(testId ? { 'data-testid': testId } : {}),
        },
        handleClick: (_view, _pos, event) => {
          if (!(event.ctrlKey || event.metaKey)) return false
          const href = (event.target as Element | null)?.closest('a[href]')?.getAttribute('href')
          if (!href) return false
          openLink(href, handlers.current.say)
          return true
        },
      },
      onUpdate: ({ editor: e }) => handlers.current.onChange(e.getJSON() as NoteDoc),
      onBlur: () => handlers.current.onBlur?.(),
    },
    [submits],
  )

  // A change made elsewhere (an undo, a restore) reaches an editor that is not being typed in.
  useEffect(() => {
    if (!editor || holdExternal || editor.isFocused) return
    if (same(editor.getJSON() as NoteDoc, note)) return
    editor.commands.setContent(note ?? EMPTY_NOTE, { emitUpdate: false })
  }, [editor, note, holdExternal])

  const style = placeholder ? ({ '--placeholder': JSON.stringify(placeholder) } as CSSProperties) : undefined
  return (
    <div className="note-editor" style={style}>
      {toolbar && editor && <NoteToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  )
}
