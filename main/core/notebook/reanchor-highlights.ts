import { contentHash } from '../corpus/load-document'
import { reanchorAll } from './anchoring/reanchor'
import type { DocumentSource } from './notebook-inputs'
import { withoutFuzzy, type Highlight } from './notebook-schema'

/**
 * The highlights (of one document, or all) due for re-anchoring, by document:
 * those whose document changed since they were anchored, and fuzzy or orphaned
 * ones not yet checked against the document's current text (`checked`: highlight
 * id → hash it was last checked against).
 */
export function highlightsDue(
  highlights: readonly Highlight[],
  docs: Pick<DocumentSource, 'documentHash'>,
  checked: ReadonlyMap<string, string>,
  docId?: string,
): Map<string, Highlight[]> {
  const byDoc = new Map<string, Highlight[]>()
  for (const h of highlights) {
    if (docId !== undefined && h.docId !== docId) continue
    const hash = docs.documentHash(h.docId)
    if (hash === h.docHash && h.status !== 'orphaned' && h.status !== 'fuzzy') continue
    if (hash !== null && (checked.get(h.id) === hash || h.rejectedHash === hash)) continue
    const list = byDoc.get(h.docId) ?? []
    list.push(h)
    byDoc.set(h.docId, list)
  }
  return byDoc
}

/**
 * New versions of a document's highlights after its text changed (or vanished,
 * `text === null`). Returns only the highlights whose record changes.
 *
 * - exact / moved: selectors (position, quote with fresh context) and `docHash` are updated;
 * - fuzzy: the stored selectors stay — they are the words the user highlighted — and
 *   the candidate goes into `fuzzy` until the user confirms or rejects it;
 * - orphaned (or vanished source): the selectors stay, so a later version of the
 *   file may match again; nothing is ever deleted.
 */
export function reanchorHighlights(list: readonly Highlight[], text: string | null, now: string): Highlight[] {
  const updates: Highlight[] = []
  if (text === null) {
    for (const h of list) if (h.status !== 'orphaned') updates.push(orphan(h, now))
    return updates
  }
  const hash = contentHash(text)
  const results = reanchorAll(
    text,
    list.map((h) => ({ position: h.position, quote: h.quote })),
  )
  list.forEach((h, i) => {
    const r = results[i]!
    if (r.status === 'orphaned' || !r.position) {
      if (h.status !== 'orphaned') updates.push(orphan(h, now))
      return
    }
    if (r.status === 'fuzzy') {
      const fuzzy = { start: r.position.start, end: r.position.end, exact: r.quote.exact, score: round(r.score) }
      const same = h.status === 'fuzzy' && h.fuzzy && h.fuzzy.start === fuzzy.start && h.fuzzy.end === fuzzy.end && h.fuzzy.exact === fuzzy.exact
      if (!same) updates.push({ ...h, status: 'fuzzy', fuzzy, updatedAt: now })
      return
    }
    const unchanged =
      h.status === r.status && h.docHash === hash && h.position.start === r.position.start && h.position.end === r.position.end && !h.fuzzy
    if (!unchanged) updates.push({ ...withoutFuzzy(h), status: r.status, position: r.position, quote: r.quote, docHash: hash, updatedAt: now })
  })
  return updates
}

function orphan(h: Highlight, now: string): Highlight {
  return { ...withoutFuzzy(h), status: 'orphaned', updatedAt: now }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
