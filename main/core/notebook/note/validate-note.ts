import { getSchema, type JSONContent } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { NotebookInputError } from '../notebook-errors'
import { isAllowedNoteLink } from './link-policy'
import { noteExtensions } from './note-extensions'

/** A note larger than this (as JSON) is refused: a note is not a place for a whole document. */
export const MAX_NOTE_BYTES = 1_000_000

let schema: Schema | null = null

/**
 * Checks that a note is a document of the note schema (only the node and mark
 * types the editor knows, with valid nesting), so that nothing the renderer
 * sends can make the notebook unreadable for the editor or the exporter later.
 * Returns the note as the schema reads it (unknown attributes dropped).
 *
 * @throws NotebookInputError naming the problem.
 */
export function validateNote(note: unknown): JSONContent {
  const json = JSON.stringify(note)
  if (json === undefined) throw new NotebookInputError('The note is empty.')
  if (Buffer.byteLength(json, 'utf8') > MAX_NOTE_BYTES) throw new NotebookInputError(`The note is too long (more than ${MAX_NOTE_BYTES / 1_000_000} MB).`)
  schema ??= getSchema(noteExtensions())
  let node
  try {
    node = schema.nodeFromJSON(note)
    if (node.type.name !== 'doc') throw new Error('a note must be a document')
    node.check()
    node.descendants((child) => {
      for (const mark of child.marks) {
        const href = mark.type.name === 'link' ? String(mark.attrs['href'] ?? '') : null
        if (href !== null && !isAllowedNoteLink(href)) throw new Error(`links may go to web pages and e-mail addresses only, not "${href.slice(0, 80)}"`)
      }
    })
  } catch (error) {
    throw new NotebookInputError(`The note is not valid: ${error instanceof Error ? error.message : String(error)}`)
  }
  // What the schema read, not what was sent: attributes and fields it does not know are left behind.
  return node.toJSON() as JSONContent
}
