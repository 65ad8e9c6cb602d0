// Part of the contract (preload/contract.ts re-exports it): highlights, tags, memos and the notebook's state.
import type { TextRange } from './corpus-types'

/** The highlight palette; the renderer decides the shades. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

/**
 * How a highlight sits on its document now: `exact` and `moved` are attached,
 * `fuzzy` was found in changed text and awaits the user's confirmation,
 * `orphaned` could not be found (its quote is kept; it can be re-attached).
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned'

/** One node of a rich-text note: tiptap's (ProseMirror's) JSON. */
export interface NoteNode {
  type: string
  attrs?: Record<string, unknown>
  content?: NoteNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

/** A rich-text note: a tiptap JSON document. */
export interface NoteDoc extends NoteNode {
  type: 'doc'
}

export interface HighlightView {
  id: string
  docId: string
  /** The document's title, or its id when the document is gone. */
  docTitle: string
  /** False when the source file vanished or became unreadable. */
  docAvailable: boolean
  /** Where the passage is in the document now; null when orphaned. For `fuzzy`: where the changed passage was found. */
  range: TextRange | null
  /** The text as it was highlighted. */
  quote: string
  /** For `fuzzy`: the text now at `range`, to compare with `quote`. */
  currentText: string | null
  status: AnchorStatus
  color: HighlightColor
  tagIds: string[]
  note: NoteDoc | null
  /** The note as plain text, shortened (for lists and hover cards). */
  notePreview: string
  createdAt: string
  updatedAt: string
}

export interface TagView {
  id: string
  /** "/" separates levels: "Akteure/Russland". */
  name: string
  color: HighlightColor | null
  description: string
  /** Highlights carrying this tag itself (not counting sub-tags). */
  count: number
  /** Highlights carrying this tag or any sub-tag. */
  totalCount: number
  /** The tag one level up ("Akteure" for "Akteure/Russland"); null at the top or when that level is not a tag. */
  parentId: string | null
  /** 0 at the top level. */
  depth: number
}

export interface MemoView {
  id: string
  /** The document the memo is about; null for a memo on the whole notebook. */
  docId: string | null
  note: NoteDoc
  preview: string
  createdAt: string
  updatedAt: string
}

export interface HighlightQuery {
  /** Only this document's highlights. */
  docId?: string
  /** Tag ids; a tag also matches its sub-tags. */
  tagIds?: string[]
  /** `all`: every listed tag (default); `any`: at least one. */
  tagMode?: 'all' | 'any'
  /** Words that must occur in the quote, the note or a tag name (umlauts and case folded). */
  text?: string
  /** `attached`: exact, moved and fuzzy; `orphaned`; `review`: fuzzy only. Default: all. */
  status?: 'attached' | 'orphaned' | 'review'
  /** `position`: by document, then place in it (default); `created`: newest first. */
  sort?: 'position' | 'created'
  /** At most this many (the first ones in the chosen order); default all. */
  limit?: number
}

export interface HighlightList {
  highlights: HighlightView[]
  /** How many match the filter (more than `highlights.length` when `limit` cut the list). */
  matched: number
  /** All highlights in the notebook, before filtering. */
  total: number
}

export interface NewHighlightInput {
  docId: string
  start: number
  end: number
  /** `DocumentView.hash` of the text the offsets were taken in; refused when the file changed since. */
  docHash: string
  color?: HighlightColor
  /** Tag names; unknown names create tags. */
  tags?: string[]
  note?: NoteDoc | null
}

export interface HighlightPatch {
  color?: HighlightColor
  /** Replaces the tags (names; unknown names create tags). */
  tags?: string[]
  note?: NoteDoc | null
}

export interface TagInput {
  name: string
  color?: HighlightColor | null
  description?: string
}

export interface TagPatch {
  /** A new name renames the tag and its sub-tags everywhere. */
  name?: string
  color?: HighlightColor | null
  description?: string
}

/** What an undoable change did, for the "Undo" toast. */
export interface UndoInfo {
  /** Plain words, e.g. "Highlight deleted". */
  label: string
}

export interface BackupView {
  name: string
  createdAt: string
  valid: boolean
  problem: string | null
  highlights: number | null
}

/** The notebook of the open corpus: where it lives, and whether it could be opened. */
export interface NotebookInfo {
  /** `open`: usable; `failed`: could not be opened (see `problem`); the corpus can still be read. */
  status: 'open' | 'failed'
  /** Path of `notebook.json`. */
  file: string
  /** True when it lives in the corpus folder (`.exzerpt/`), false in the app's data folder (read-only corpus). */
  inCorpus: boolean
  problem: {
    kind: 'corrupt' | 'too-new' | 'locked' | 'unreadable'
    message: string
    /** Backups, newest first (for a damaged notebook). */
    backups: BackupView[]
  } | null
  highlights: number
  orphans: number
  /** Fuzzy re-anchors awaiting confirmation. */
  review: number
  tags: number
  memos: number
  /** Changes with every saved change, so views know when to refresh. */
  revision: number
  /** The label of the change Undo would revert, or null. */
  undo: string | null
}
