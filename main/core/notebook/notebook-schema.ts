import type { AnchorStatus, TextPositionSelector, TextQuoteSelector } from './anchoring/anchor-types'

// The selector types are the anchoring module's own, so a stored highlight and a
// re-anchoring result can never drift apart.
export type { AnchorStatus, TextPositionSelector, TextQuoteSelector }

/**
 * Version of the notebook format this build writes; files from older versions are migrated on load.
 * 1: first format. 2: a fuzzy re-anchor no longer overwrites the stored selectors; the
 * candidate passage is kept beside them in `fuzzy` until the user confirms it.
 */
export const SCHEMA_VERSION = 2

import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../preload/contract'

// The palette is part of the contract with the UI; the store keeps colours as names.
export { HIGHLIGHT_COLORS, type HighlightColor } from '../../../preload/contract'

/** The colour of a highlight made without choosing one. */
export const DEFAULT_COLOR: HighlightColor = 'yellow'

const PALETTE = new Set<string>(HIGHLIGHT_COLORS)

/** Whether a colour name is one of the palette's. */
export function isPaletteColor(color: string): color is HighlightColor {
  return PALETTE.has(color)
}

/** A stored or imported colour name as the palette knows it (an unknown name, e.g. from a hand-edited file, becomes the default). */
export function paletteColor(color: string | null): HighlightColor {
  return color !== null && isPaletteColor(color) ? color : DEFAULT_COLOR
}

/**
 * Where a changed passage was probably found again: shown to the user for
 * confirmation, while the highlight keeps the selectors of the text it was made on.
 */
export interface FuzzyMatch {
  start: number
  end: number
  /** The text now at `start..end`. */
  exact: string
  /** Combined similarity (0..1); `null` for matches migrated from format 1, which did not keep it. */
  score: number | null
}

/** A highlighted passage of one document, with its optional note. */
export interface Highlight {
  id: string
  docId: string
  /** Hash of the document text the anchor was made against, to tell when re-anchoring is due. */
  docHash: string
  position: TextPositionSelector
  quote: TextQuoteSelector
  status: AnchorStatus
  /** Present only while `status` is `fuzzy`: the candidate awaiting the user's confirmation. */
  fuzzy?: FuzzyMatch
  /**
   * Hash of the document text in which the user rejected a proposed passage: an
   * orphan is not proposed again until the document changes once more.
   */
  rejectedHash?: string
  color: string
  tagIds: string[]
  /** A tiptap (ProseMirror) JSON document, or `null` when the highlight has no note. */
  note: unknown | null
  createdAt: string
  updatedAt: string
}

/** A highlight without its pending proposal (and the memory of a rejected one): for when it is anchored anew. */
export function withoutFuzzy(h: Highlight): Highlight {
  const { fuzzy: _fuzzy, rejectedHash: _rejected, ...rest } = h
  return rest
}

/** A tag; `/` in the name builds a hierarchy ("Akteure/Russland"). */
export interface Tag {
  id: string
  name: string
  color: string | null
  description: string
}

/** A free note attached to one document, or to the whole notebook when `docId` is `null`. */
export interface Memo {
  id: string
  docId: string | null
  /** A tiptap (ProseMirror) JSON document. */
  note: unknown
  createdAt: string
  updatedAt: string
}

/** Everything one corpus's notebook holds. */
export interface NotebookData {
  schemaVersion: number
  highlights: Highlight[]
  tags: Tag[]
  memos: Memo[]
}

/** A notebook with nothing in it yet, in the current format. */
export function emptyNotebook(): NotebookData {
  return { schemaVersion: SCHEMA_VERSION, highlights: [], tags: [], memos: [] }
}
