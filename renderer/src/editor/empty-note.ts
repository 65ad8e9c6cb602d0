import type { NoteDoc } from '../../../preload/contract'

/** A note with nothing in it yet (what a new editor starts from). */
export const EMPTY_NOTE: NoteDoc = { type: 'doc', content: [{ type: 'paragraph' }] }
