import { DEFAULT_EXPORT_REQUEST, type DocumentSummary, type ExportCounts, type ExportRequest, type ImportCounts, type ImportReport } from '../../../preload/contract'

/** What to export and how: the contract's request, which the CLI builds too. */
export type ExportOptions = ExportRequest

/** The options the CLI and the app start from: the whole notebook by document, with everything in it. */
export const DEFAULT_EXPORT_OPTIONS: Readonly<ExportOptions> = DEFAULT_EXPORT_REQUEST

/** What an export holds (also written into the Markdown's front matter). */
export type { ExportCounts }

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

/** What an import did. */
export type { ImportCounts, ImportReport }
