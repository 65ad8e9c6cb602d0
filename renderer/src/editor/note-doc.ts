import type { NoteDoc, NoteNode } from '../../../preload/contract'

/** A note with nothing in it yet (what a new editor starts from). */
export const EMPTY_NOTE: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] }

/** Whether a note has any text yet (a draft memo is created on disk only once it has). */
export function hasText(node: NoteNode | null): boolean {
  if (!node) return false
  return (node.type === 'text' && !!node.text?.trim()) || (node.content ?? []).some(hasText)
}
