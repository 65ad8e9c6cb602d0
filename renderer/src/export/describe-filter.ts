import type { DocumentSummary, HighlightQuery, TagView } from '../../../preload/contract'
import { fileName } from '../format'

export interface FilterWords {
  tags: readonly TagView[]
  documents: readonly DocumentSummary[]
  openDocId: string | null
}

/** "A, B and C" / "A, B or C". */
export function listWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`
}

/**
 * The notebook pane's filter in words, for the export's "Current filter" choice:
 * "tags Akteure/Russland and Treffen, containing “Putin”, in this document".
 */
export function describeFilter(filter: HighlightQuery, { tags, documents, openDocId }: FilterWords): string {
  const parts: string[] = []
  const tagIds = filter.tagIds ?? []
  if (tagIds.length) {
    const names = tagIds.map((id) => tags.find((t) => t.id === id)?.name ?? '(deleted tag)')
    parts.push(`${names.length === 1 ? 'tag' : 'tags'} ${listWords(names, filter.tagMode === 'any' ? 'or' : 'and')}`)
  }
  const text = filter.text?.trim()
  if (text) parts.push(`containing “${text}”`)
  if (filter.docId !== undefined) {
    if (filter.docId === openDocId) parts.push('in this document')
    else {
      const doc = documents.find((d) => d.id === filter.docId)
      parts.push(`in “${doc?.title || fileName(doc?.path ?? filter.docId)}”`)
    }
  } else parts.push('in all documents')
  return parts.join(', ')
}
