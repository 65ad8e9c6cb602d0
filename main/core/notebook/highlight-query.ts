import type { HighlightQuery } from '../../../preload/contract'
import { foldPlain, tokenizeWords } from '../search/analyzer'
import { noteText } from './note/note-text'
import type { Highlight, Tag } from './notebook-schema'
import { isSameOrBelow } from './tags/tag-names'

/** Where a highlight is shown: its fuzzy candidate while unconfirmed, its stored position otherwise, nothing when orphaned. */
export function currentRange(h: Highlight): { start: number; end: number } | null {
  if (h.status === 'orphaned') return null
  if (h.status === 'fuzzy' && h.fuzzy) return { start: h.fuzzy.start, end: h.fuzzy.end }
  return h.position
}

/** Folded words, joined, so that every query word can be looked for as a substring (prefixes and infixes match). */
function foldedWords(text: string): string {
  return tokenizeWords(text).map(foldPlain).join(' ')
}

/**
 * Folded quote and note per stored record. The store replaces a record object on every
 * change, so a record's entry can never be stale, and typing a filter over 100,000
 * highlights folds each text once, not once per keystroke.
 */
const foldedTexts = new WeakMap<Highlight, string>()

/**
 * Folds the texts of many highlights ahead of the first filter, in slices that leave
 * the event loop free between them (100,000 highlights take a few seconds).
 */
export async function warmUpTextFilter(highlights: readonly Highlight[], stopped: () => boolean = () => false, slice = 500): Promise<void> {
  for (let i = 0; i < highlights.length && !stopped(); i++) {
    foldedText(highlights[i]!)
    if (i % slice === slice - 1) await new Promise((resolve) => setImmediate(resolve))
  }
}

function foldedText(h: Highlight): string {
  let folded = foldedTexts.get(h)
  if (folded === undefined) {
    folded = foldedWords(`${h.quote.exact}\n${noteText(h.note as never)}`)
    foldedTexts.set(h, folded)
  }
  return folded
}

/**
 * Filters and sorts highlights for the notebook pane and the CLI. A tag in the
 * filter also matches its sub-tags; text words must each occur (folded: case,
 * umlauts, ß) in the quote, the note or a tag name.
 */
export function queryHighlights(highlights: readonly Highlight[], tags: readonly Tag[], query: HighlightQuery): Highlight[] {
  const tagName = new Map(tags.map((t) => [t.id, t.name]))
  const foldedTag = new Map<string, string>()
  // Each filter tag as the set of tag ids it stands for (itself and everything below it).
  const wanted = (query.tagIds ?? []).map((id) => {
    const name = tagName.get(id)
    return new Set(name === undefined ? [id] : tags.filter((t) => isSameOrBelow(t.name, name)).map((t) => t.id))
  })
  const words = query.text ? tokenizeWords(query.text).map(foldPlain) : []
  const any = query.tagMode === 'any'

  const result = highlights.filter((h) => {
    if (query.docId !== undefined && h.docId !== query.docId) return false
    if (query.status === 'orphaned' && h.status !== 'orphaned') return false
    if (query.status === 'attached' && h.status === 'orphaned') return false
    if (query.status === 'review' && h.status !== 'fuzzy') return false
    if (wanted.length) {
      const has = (set: Set<string>) => h.tagIds.some((id) => set.has(id))
      if (any ? !wanted.some(has) : !wanted.every(has)) return false
    }
    if (words.length) {
      const text = foldedText(h)
      const tagText = () =>
        h.tagIds.map((id) => {
          let folded = foldedTag.get(id)
          if (folded === undefined) foldedTag.set(id, (folded = foldedWords(tagName.get(id) ?? '')))
          return folded
        })
      if (!words.every((w) => text.includes(w) || tagText().some((t) => t.includes(w)))) return false
    }
    return true
  })

  if (query.sort === 'created') {
    // Highlights made within one millisecond keep the order they were made in (the store's insertion order).
    const order = new Map(highlights.map((h, i) => [h.id, i]))
    return result.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || order.get(b.id)! - order.get(a.id)!)
  }
  return result.sort((a, b) => {
    if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1
    // Orphans after the attached highlights of their document.
    const ra = currentRange(a)
    const rb = currentRange(b)
    if (!ra !== !rb) return ra ? -1 : 1
    const pa = ra ?? a.position
    const pb = rb ?? b.position
    return pa.start - pb.start || pa.end - pb.end || a.createdAt.localeCompare(b.createdAt)
  })
}
