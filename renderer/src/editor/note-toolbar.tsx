import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type ReactNode } from 'react'
import { LinkForm } from './link-form'

interface ToolProps {
  label: string
  shortcut?: string
  active: boolean
  onClick(): void
  children: ReactNode
}

function Tool({ label, shortcut, active, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className={`note-tool${active ? ' is-active' : ''}`}
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      // Keep the editor's selection: the click must not take focus from it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

const icon = (d: string) => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)

/** Bold, italic, heading, lists, quote and link for a note. */
export function NoteToolbar({ editor }: { editor: Editor }) {
  const [linking, setLinking] = useState(false)
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      href: (e.getAttributes('link')['href'] as string | undefined) ?? '',
    }),
  })
  const chain = () => editor.chain().focus()
  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting">
      <Tool label="Bold" shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </Tool>
      <Tool label="Italic" shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </Tool>
      <Tool label="Heading" active={state.heading} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
        <span className="note-tool__heading">H</span>
      </Tool>
      <span className="note-toolbar__gap" aria-hidden="true" />
      <Tool label="Bulleted list" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
        {icon('M6 4.5h7M6 8h7M6 11.5h7M3 4.5h.01M3 8h.01M3 11.5h.01')}
      </Tool>
      <Tool label="Numbered list" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
        {icon('M6.5 4.5h6.5M6.5 8h6.5M6.5 11.5h6.5M2.5 3.5l1-.5v3M2.5 9.5h1.6l-1.6 2h1.6')}
      </Tool>
      <Tool label="Quote" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
        {icon('M3.5 4v8M6.5 5.5h6M6.5 8h6M6.5 10.5h4')}
      </Tool>
      <Tool label="Link" active={state.link || linking} onClick={() => setLinking((open) => !open)}>
        {icon('M7 9a2.5 2.5 0 0 0 3.5 0l2-2A2.5 2.5 0 0 0 9 3.5l-.7.7M9 7a2.5 2.5 0 0 0-3.5 0l-2 2A2.5 2.5 0 0 0 7 12.5l.7-.7')}
      </Tool>
      {linking && (
        <LinkForm
          initial={state.href}
          onApply={(href) => {
            chain().extendMarkRange('link').setLink({ href }).run()
            setLinking(false)
          }}
          onRemove={() => {
            chain().extendMarkRange('link').unsetLink().run()
            setLinking(false)
          }}
          onClose={() => {
            setLinking(false)
            editor.commands.focus()
          }}
        />
      )}
    </div>
  )
}
