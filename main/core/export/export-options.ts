import type { DocumentSummary, HighlightQuery } from '../../../preload/contract'

/** What to export and how (the app's export dialog and the CLI fill this in). */
export interface ExportOptions {
  /** `all`: the whole notebook; `filter`: the highlights {@link filter} matches; `document`: one document's highlights. */
  scope: 'all' | 'filter' | 'document'
  /** For `scope: 'filter'` (tags all/any, document, text; `status` and `sort` are ignored). */
  filter?: HighlightQuery
  /** For `scope: 'document'`. */
  docId?: string
  /** One heading per document, or per tag (a highlight with several tags appears under each; untagged ones last). */
  groupBy: 'doc' | 'tag'
  includeNotes: boolean
  includeMemos: boolean
  /** Highlights whose passage was not found in the current text. */
  includeOrphans: boolean
  format: 'md' | 'csv'
}

/** The options the CLI and the app start from: the whole notebook by document, with everything in it. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  scope: 'all',
  groupBy: 'doc',
  includeNotes: true,
  includeMemos: true,
  includeOrphans: true,
  format: 'md',
}

/** What an export holds (also written into the Markdown's front matter). */
export interface ExportCounts {
  highlights: number
  documents: number
  notes: number
  memos: number
  tags: number
  orphaned: number
}

/** What the export reads of the open corpus; the Workspace provides it. */
export interface ExportCorpus {
  /** The corpus folder's name. */
  readonly name: string
  /** Documents with their metadata (title, stated date). */
  readonly documents: readonly DocumentSummary[]
  /** Content hash of a document as it is now, or null when it is not in the corpus. */
  documentHash(id: string): string | null
  /** The document's canonical text (throws when it cannot be read). */
  getText(id: string): Promise<string>
}

/** What an import did, per kind of record. */
export interface ImportCounts {
  created: number
  updated: number
  /** Already in the notebook as the export has them. */
  skipped: number
}

/** The result of importing an export into a notebook. */
export interface ImportReport extends ImportCounts {
  /** Imported highlights whose passage was not found in the current files (they are kept, as orphans). */
  orphaned: number
  tags: ImportCounts
  memos: ImportCounts
  /** Things the user should know (e.g. documents this corpus does not have). */
  warnings: string[]
}
