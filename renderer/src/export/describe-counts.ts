import type { ExportCounts, ExportRequest } from '../../../preload/contract'
import { formatCount } from '../format'

/** "1 highlight", "12 highlights". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`
}

/**
 * What an export holds, in words: "12 highlights from 3 documents, 4 with notes,
 * 2 memos, 1 lost passage". A CSV has no memos, so they are not mentioned for it.
 */
export function describeCounts(counts: ExportCounts, request: Pick<ExportRequest, 'format' | 'includeNotes' | 'includeMemos'>): string {
  const parts = [`${plural(counts.highlights, 'highlight', 'highlights')} from ${plural(counts.documents, 'document', 'documents')}`]
  if (request.includeNotes && counts.notes > 0) parts.push(`${formatCount(counts.notes)} with ${counts.notes === 1 ? 'a note' : 'notes'}`)
  if (request.format === 'md' && request.includeMemos && counts.memos > 0) parts.push(plural(counts.memos, 'memo', 'memos'))
  if (counts.orphaned > 0) parts.push(plural(counts.orphaned, 'lost passage', 'lost passages'))
  return parts.join(', ')
}

/** Whether there is anything to write (a file of front matter alone helps no one). */
export function hasContent(counts: ExportCounts, request: Pick<ExportRequest, 'format' | 'includeMemos'>): boolean {
  return counts.highlights > 0 || (request.format === 'md' && request.includeMemos && counts.memos > 0)
}
