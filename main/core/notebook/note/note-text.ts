import type { JSONContent } from '@tiptap/core'

// Block nodes end a line, so "Titel" and "Text" in two paragraphs do not read as "TitelText".
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock', 'bulletList', 'orderedList', 'horizontalRule'])

/**
 * The plain text of a note (tiptap JSON): text nodes in document order, blocks
 * separated by newlines, hard breaks as newlines. Used for previews, text filters
 * and the notes search, none of which should see markup.
 */
export function noteText(note: JSONContent | null | undefined): string {
  if (!note) return ''
  const out: string[] = []
  const walk = (node: JSONContent): void => {
    if (node.type === 'text' && typeof node.text === 'string') out.push(node.text)
    else if (node.type === 'hardBreak') out.push('\n')
    for (const child of node.content ?? []) walk(child)
    if (node.type && BLOCKS.has(node.type)) out.push('\n')
  }
  walk(note)
  return out.join('').replace(/\n{2,}/g, '\n').trim()
}

/** The start of a note's text on one line, at most `max` characters (cut at a word, with "…"). */
export function notePreview(note: JSONContent | null | undefined, max = 160): string {
  const flat = noteText(note).replace(/\s+/g, ' ')
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** Whether a note holds nothing worth keeping (no text, no rule): such a note is stored as null. */
export function isEmptyNote(note: JSONContent | null | undefined): boolean {
  if (!note) return true
  let empty = true
  const walk = (node: JSONContent): void => {
    if ((node.type === 'text' && node.text?.trim()) || node.type === 'horizontalRule') empty = false
    if (empty) for (const child of node.content ?? []) walk(child)
  }
  walk(note)
  return empty
}
