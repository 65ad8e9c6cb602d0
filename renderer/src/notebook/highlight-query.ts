import type { HighlightQuery } from '../../../preload/contract'

/** What the user chose to see in the highlights list; main does the filtering. */
export interface HighlightFilter {
  /** `open`: the document in the reader; `all`; or one document's id. */
  scope: 'open' | 'all' | { docId: string }
  tagIds: string[]
  tagMode: 'all' | 'any'
  text: string
  sort: 'position' | 'created'
}

export const NO_FILTER: HighlightFilter = { scope: 'open', tagIds: [], tagMode: 'all', text: '', sort: 'position' }

/** The document the filter shows, or undefined for all (the open scope with nothing open shows all). */
export function filterDocId(filter: HighlightFilter, openDocId: string | null): string | undefined {
  if (filter.scope === 'open') return openDocId ?? undefined
  return filter.scope === 'all' ? undefined : filter.scope.docId
}

/** The question for main; without `status`, attached and lost highlights come in one answer. */
export function toQuery(filter: HighlightFilter, openDocId: string | null, status?: HighlightQuery['status'], limit?: number): HighlightQuery {
  const docId = filterDocId(filter, openDocId)
  const text = filter.text.trim()
  return {
    ...(docId !== undefined ? { docId } : {}),
    ...(filter.tagIds.length ? { tagIds: filter.tagIds, tagMode: filter.tagMode } : {}),
    ...(text ? { text } : {}),
    ...(status ? { status } : {}),
    sort: filter.sort,
    ...(limit !== undefined ? { limit } : {}),
  }
}

/** Whether anything narrows the list beyond the document scope. */
export function isNarrowed(filter: HighlightFilter): boolean {
  return filter.tagIds.length > 0 || filter.text.trim() !== ''
}
