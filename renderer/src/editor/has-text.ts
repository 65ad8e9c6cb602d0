import type { NoteNode } from '../../../preload/contract'

/** Whether a note has any text yet (a draft memo is created on disk only once it has). */
export function hasText(node: NoteNode): boolean {
  return (node.type === 'text' && !!node.text?.trim()) || (node.content ?? []).some(hasText)
}
