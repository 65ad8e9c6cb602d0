import type { ImportCounts, ImportReport } from '../../../preload/contract'
import { formatCount } from '../format'
import { listWords } from './describe-filter'
import { plural } from './describe-counts'

/** What an import did, in words, for the report dialog. */
export interface ImportSummary {
  /** "Imported Bericht.md". */
  title: string
  /** One sentence per kind of thing: highlights, lost passages, tags, memos. */
  lines: string[]
  warnings: string[]
  /** Whether the notebook changed (and so whether there is an import to undo). */
  changed: boolean
}

/** The file's name, whichever separator the system uses. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path
}

/**
 * "5 highlights created, 1 updated and 2 already there" — only the non-zero parts,
 * the noun with the first number; null when all are zero.
 */
function countWords(counts: ImportCounts, noun?: readonly [one: string, many: string]): string | null {
  const parts = (
    [
      [counts.created, 'created'],
      [counts.updated, 'updated'],
      [counts.skipped, 'already there'],
    ] as const
  ).filter(([n]) => n > 0)
  if (!parts.length) return null
  return listWords(
    parts.map(([n, what], i) => (i === 0 && noun ? `${plural(n, noun[0], noun[1])} ${what}` : `${formatCount(n)} ${what}`)),
    'and',
  )
}

/**
 * "Imported Bericht.md: 5 highlights created, 1 updated and 2 already there;
 * 1 passage not found (listed under Lost passages); tags: 2 created; memos: 1 created."
 */
export function describeImport(path: string, report: ImportReport): ImportSummary {
  const lines: string[] = []
  const total = report.created + report.updated + report.skipped
  const highlights = countWords(report, ['highlight', 'highlights'])
  lines.push(highlights ? `${highlights}.` : 'No highlights in the file.')
  if (report.orphaned) {
    lines.push(`${plural(report.orphaned, 'passage', 'passages')} not found in the current text (listed under Lost passages).`)
  }
  const tags = countWords(report.tags)
  if (tags) lines.push(`Tags: ${tags}.`)
  const memos = countWords(report.memos)
  if (memos) lines.push(`Memos: ${memos}.`)
  const changed = report.created + report.updated + report.tags.created + report.tags.updated + report.memos.created + report.memos.updated > 0
  if (total > 0 && !changed) lines.push('Nothing changed: the notebook had all of it already.')
  return { title: `Imported ${baseName(path)}`, lines, warnings: report.warnings, changed }
}
