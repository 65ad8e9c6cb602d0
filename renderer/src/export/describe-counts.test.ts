import { describe, expect, it } from 'vitest'
import { describeCounts, hasContent } from './describe-counts'

describe('describeCounts', () => {
  const counts = { highlights: 12, documents: 3, notes: 4, memos: 2, tags: 5, orphaned: 1 }
  const md = { format: 'md' as const, includeNotes: true, includeMemos: true }

  it('says what the export holds', () => {
    expect(describeCounts(counts, md)).toBe('12 highlights from 3 documents, 4 with notes, 2 memos, 1 lost passage')
    expect(describeCounts({ ...counts, highlights: 1, documents: 1, notes: 1, memos: 0, orphaned: 0 }, md)).toBe('1 highlight from 1 document, 1 with a note')
  })

  it('leaves out what is not exported: notes when excluded, memos in a CSV', () => {
    expect(describeCounts(counts, { format: 'csv', includeNotes: false, includeMemos: true })).toBe('12 highlights from 3 documents, 1 lost passage')
  })

  it('knows an empty export', () => {
    const empty = { ...counts, highlights: 0, memos: 0 }
    expect(hasContent(empty, md)).toBe(false)
    expect(hasContent({ ...empty, memos: 1 }, md)).toBe(true)
    expect(hasContent({ ...empty, memos: 1 }, { format: 'csv', includeMemos: true })).toBe(false)
  })
})
