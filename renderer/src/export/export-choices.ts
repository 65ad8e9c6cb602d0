import { DEFAULT_EXPORT_REQUEST, type ExportRequest, type HighlightQuery } from '../../../preload/contract'

/** What the user picked in the export dialog; the request for main is built from it. */
export interface ExportChoices {
  scope: ExportRequest['scope']
  groupBy: ExportRequest['groupBy']
  includeNotes: boolean
  includeMemos: boolean
  includeOrphans: boolean
  format: ExportRequest['format']
}

/** Everything, by document, as Markdown: the same defaults as the CLI. */
export const DEFAULT_CHOICES: ExportChoices = DEFAULT_EXPORT_REQUEST

/** Where the dialog was opened: the notebook pane's filter (null when the pane shows no list) and the reader's document. */
export interface ExportContext {
  filter: HighlightQuery | null
  openDocId: string | null
}

/**
 * The part of the pane's query an export understands: tags (all/any), document and
 * words. `status` and `sort` belong to the list (main ignores them for an export,
 * and its schema is strict, so they are not sent at all).
 */
export function exportFilter(query: HighlightQuery): HighlightQuery {
  const text = query.text?.trim()
  return {
    ...(query.docId !== undefined ? { docId: query.docId } : {}),
    ...(query.tagIds?.length ? { tagIds: [...query.tagIds], tagMode: query.tagMode ?? 'all' } : {}),
    ...(text ? { text } : {}),
  }
}

/**
 * Whether the pane's filter narrows anything beyond what another scope offers:
 * tags or words, or a document other than the open one (the open document alone
 * is "This document").
 */
export function isFilterActive(filter: HighlightQuery | null, openDocId: string | null): filter is HighlightQuery {
  if (!filter) return false
  const f = exportFilter(filter)
  return Boolean(f.tagIds?.length || f.text || (f.docId !== undefined && f.docId !== openDocId))
}

/** The scope that applies: one that is not available (no filter, no open document) falls back to the whole notebook. */
export function effectiveScope(choices: ExportChoices, context: ExportContext): ExportRequest['scope'] {
  if (choices.scope === 'filter' && !isFilterActive(context.filter, context.openDocId)) return 'all'
  if (choices.scope === 'document' && !context.openDocId) return 'all'
  return choices.scope
}

/** The scope to start with when the dialog opens: the filter the user is looking at, if any. */
export function initialScope(context: ExportContext): ExportRequest['scope'] {
  return isFilterActive(context.filter, context.openDocId) ? 'filter' : 'all'
}

/** The request for main (preview, save and vault all take the same one). */
export function exportRequest(choices: ExportChoices, context: ExportContext): ExportRequest {
  const scope = effectiveScope(choices, context)
  const base: ExportRequest = {
    scope,
    groupBy: choices.groupBy,
    includeNotes: choices.includeNotes,
    includeMemos: choices.includeMemos,
    includeOrphans: choices.includeOrphans,
    format: choices.format,
  }
  if (scope === 'filter' && context.filter) return { ...base, filter: exportFilter(context.filter) }
  if (scope === 'document' && context.openDocId) return { ...base, docId: context.openDocId }
  return base
}
