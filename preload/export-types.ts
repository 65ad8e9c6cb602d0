// Part of the contract (preload/contract.ts re-exports it): export, import and exzerpt:// links.
import type { TextRange } from './corpus-types'
import type { HighlightQuery } from './notebook-types'

/** What to export and how (the export dialog; the CLI builds the same). */
export interface ExportRequest {
  /** `all`: the whole notebook; `filter`: the highlights `filter` matches; `document`: one document's. */
  scope: 'all' | 'filter' | 'document'
  /** For `scope: 'filter'` (tags all/any, document, words; `status` and `sort` are ignored). */
  filter?: HighlightQuery
  /** For `scope: 'document'`. */
  docId?: string
  /** A heading per document, or per tag (a highlight with several tags appears under each). */
  groupBy: 'doc' | 'tag'
  includeNotes: boolean
  includeMemos: boolean
  /** Highlights whose passage was not found in the current text. */
  includeOrphans: boolean
  format: 'md' | 'csv'
}

/** The whole notebook by document, with everything in it: where the export dialog and the CLI start. */
export const DEFAULT_EXPORT_REQUEST: Readonly<ExportRequest> = {
  scope: 'all',
  groupBy: 'doc',
  includeNotes: true,
  includeMemos: true,
  includeOrphans: true,
  format: 'md',
}

export interface ExportCounts {
  highlights: number
  documents: number
  notes: number
  memos: number
  tags: number
  orphaned: number
}

export interface ExportPreview {
  /** The export, or its beginning when it is long (see `truncated`): a preview, not the file. */
  content: string
  /** True when `content` is only the beginning (the saved file has everything). */
  truncated: boolean
  counts: ExportCounts
  /** A file name to offer in the save dialog. */
  fileName: string
}

export type ExportSaveResult = { status: 'saved'; path: string; files: number } | { status: 'cancelled' }

export interface ImportCounts {
  created: number
  updated: number
  skipped: number
}

export interface ImportReport extends ImportCounts {
  /** Imported highlights whose passage was not found in the current files (kept, as lost passages). */
  orphaned: number
  tags: ImportCounts
  memos: ImportCounts
  /** Things the user should know, in plain words. */
  warnings: string[]
}

export type ImportResult = { status: 'imported'; path: string; report: ImportReport } | { status: 'cancelled' }

/** What an `exzerpt://open?doc=…&start=…&end=…&h=…` link asks to show, resolved against the notebook as it is now. */
export interface RevealTarget {
  docId: string
  /** The passage to scroll to; null for a link to the whole document (a memo's). */
  range: TextRange | null
  /** The highlight the link was made for, when it still exists (its range is then where it is now). */
  highlightId: string | null
}
