import type { JSONContent } from '@tiptap/core'
import type { HighlightColor } from '../../../preload/contract'

/** What the notebook needs of the open corpus (the Workspace provides it). */
export interface DocumentSource {
  /** Content hash of the document as it is now, or null when it is gone. */
  documentHash(id: string): string | null
  getText(id: string): Promise<string>
}

export interface NewHighlight {
  docId: string
  start: number
  end: number
  /** Hash of the text the offsets were taken in; a mismatch is refused instead of anchoring elsewhere. */
  docHash?: string
  color?: HighlightColor
  /** Tag names; unknown names create tags ("Akteure/Russland" nests under "Akteure"). */
  tags?: string[]
  note?: JSONContent | null
}

export interface HighlightChanges {
  color?: HighlightColor
  /** Replaces the tags (names). */
  tags?: string[]
  note?: JSONContent | null
}
