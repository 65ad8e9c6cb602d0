import type { AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

/**
 * The schema of a note: bold, italic, headings, lists, links, blockquote (and
 * the rest of StarterKit). Main (Markdown, search) and the renderer's editor
 * must agree on it, so both take it from here.
 */
export function noteExtensions(): AnyExtension[] {
  return [StarterKit.configure({ link: { openOnClick: false, autolink: true } })]
}
