import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type ReactNode } from 'react'
import { onRovingKeyDown } from '../controls/roving'
import { useSay } from '../toast/use-undo'
import { LinkForm } from './link-form'
import { openLink } from './open-link'

interface ToolProps {
  label: string
  shortcut?: string
  active: boolean
  /** The toolbar's one tab stop. */
  current: boolean
  onClick(): void
  children: ReactNode
}

function Tool({ label, shortcut, active, current, onClick, children }: ToolProps) {
  return (
    <button
      type="button"
      className={`note-tool${active ? ' is-active' : ''}`}
      aria-label={label}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      tabIndex={current ? 0 : -1}
      data-roving=""
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

/** Bold, italic, heading, lists, quote and link for a note: one tab stop, arrows move between the tools. */
export function NoteToolbar({ editor }: { editor: Editor }) {
  const say = useSay()
  const [linking, setLinking] = useState(false)
  const [current, setCurrent] = useState(0)
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
  const tools: { label: string; shortcut?: string; active: boolean; run(): void; content: ReactNode; gapBefore?: boolean }[] = [
    { label: 'Bold', shortcut: 'Ctrl+B', active: state.bold, run: () => chain().toggleBold().run(), content: <b>B</b> },
    { label: 'Italic', shortcut: 'Ctrl+I', active: state.italic, run: () => chain().toggleItalic().run(), content: <i>I</i> },
    { label: 'Heading', active: state.heading, run: () => chain().toggleHeading({ level: 3 }).run(), content: <span className="note-tool__heading">H</span> },
    { label: 'Bulleted list', active: state.bullet, run: () => chain().toggleBulletList().run(), content: icon('M6 4.5h7M6 8h7M6 11.5h7M3 4.5h.01M3 8h.01M3 11.5h.01'), gapBefore: true },
    { label: 'Numbered list', active: state.ordered, run: () => chain().toggleOrderedList().run(), content: icon('M6.5 4.5h6.5M6.5 8h6.5M6.5 11.5h6.5M2.5 3.5l1-.5v3M2.5 9.5h1.6l-1.6 2h1.6') },
    { label: 'Quote', active: state.quote, run: () => chain().toggleBlockquote().run(), content: icon('M3.5 4v8M6.5 5.5h6M6.5 8h6M6.5 10.5h4') },
    {
      label: 'Link',
      active: state.link || linking,
      run: () => setLinking((open) => !open),
      content: icon('M7 9a2.5 2.5 0 0 0 3.5 0l2-2A2.5 2.5 0 0 0 9 3.5l-.7.7M9 7a2.5 2.5 0 0 0-3.5 0l-2 2A2.5 2.5 0 0 0 7 12.5l.7-.7'),
    },
  ]
  return (
    <div className="note-toolbar">
      <div className="note-toolbar__tools" role="toolbar" aria-label="Formatting" onKeyDown={(event) => onRovingKeyDown(event, setCurrent)}>
        {tools.map((tool, index) => (
          <span key={tool.label} className="note-toolbar__slot">
            {tool.gapBefore && <span className="note-toolbar__gap" aria-hidden="true" />}
            <Tool
              label={tool.label}
              shortcut={tool.shortcut}
              active={tool.active}
              current={index === current}
              onClick={() => {
                setCurrent(index)
                tool.run()
              }}
            >
              {tool.content}
            </Tool>
          </span>
        ))}
      </div>
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
          onOpen={(href) => openLink(href, say)}
          onClose={() => {
            setLinking(false)
            editor.commands.focus()
          }}
        />
      )}
    </div>
  )
}
