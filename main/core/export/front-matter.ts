import { parse, stringify } from 'yaml'
import { NotebookInputError } from '../notebook/notebook-errors'
import type { ExportCounts, ExportOptions } from './export-options'
import type { FilterSummary } from './collect-export'

/** Version of the export format this build writes (`exzerpt:` in the front matter); the importer refuses newer ones. */
export const EXPORT_FORMAT = 1

export interface FrontMatterInput {
  title: string
  corpus: string
  exported: Date
  options: ExportOptions
  filter: FilterSummary | null
  /** The document of a one-document export (or vault file). */
  document: string | null
  counts: ExportCounts
}

/** What the importer needs from an export's front matter. */
export interface ExportHeader {
  format: number
  corpus: string | null
  includeNotes: boolean
  includeMemos: boolean
}

/**
 * YAML front matter (Obsidian "properties", pandoc metadata): title, corpus
 * folder, export time, scope and filter, grouping, what was included, counts,
 * and the format version. Written with the `yaml` library, so any title or tag
 * name is quoted correctly.
 */
export function frontMatter(input: FrontMatterInput): string {
  const { options } = input
  const data: Record<string, unknown> = {
    title: input.title,
    corpus: input.corpus,
    exported: input.exported.toISOString(),
    scope: options.scope,
  }
  if (input.filter) data['filter'] = input.filter
  if (input.document !== null) data['document'] = input.document
  data['groupBy'] = options.groupBy
  data['include'] = { notes: options.includeNotes, memos: options.includeMemos, orphans: options.includeOrphans }
  data['counts'] = input.counts
  data['exzerpt'] = EXPORT_FORMAT
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`
}

/**
 * Splits an export into its front matter and body, and checks it is an
 * Exzerpt export this build can read.
 *
 * @throws NotebookInputError naming the problem.
 */
export function readFrontMatter(markdown: string): { header: ExportHeader; body: string } {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text)
  if (!match) throw new NotebookInputError('This is not an Exzerpt export: it has no front matter.')
  let data: unknown
  try {
    data = parse(match[1]!)
  } catch (error) {
    throw new NotebookInputError(`The front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
  const format = record['exzerpt']
  if (typeof format !== 'number') throw new NotebookInputError('This is not an Exzerpt export: its front matter has no "exzerpt" format number.')
  if (format > EXPORT_FORMAT) throw new NotebookInputError(`This export was made by a newer Exzerpt (format ${format}); update Exzerpt to import it.`)
  const include = (typeof record['include'] === 'object' && record['include'] !== null ? record['include'] : {}) as Record<string, unknown>
  return {
    header: {
      format,
      corpus: typeof record['corpus'] === 'string' ? record['corpus'] : null,
      includeNotes: include['notes'] !== false,
      includeMemos: include['memos'] !== false,
    },
    body: text.slice(match[0].length),
  }
}
