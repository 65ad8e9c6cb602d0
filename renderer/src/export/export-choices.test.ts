import { describe, expect, it } from 'vitest'
import { DEFAULT_CHOICES, effectiveScope, exportFilter, exportRequest, initialScope, isFilterActive } from './export-choices'

const tagged = { docId: 'a.txt', tagIds: ['t1'], tagMode: 'all' as const, status: 'attached' as const, sort: 'created' as const }

describe('exportFilter', () => {
  it('keeps tags, document and words, and drops the list-only status and order', () => {
    expect(exportFilter(tagged)).toEqual({ docId: 'a.txt', tagIds: ['t1'], tagMode: 'all' })
    expect(exportFilter({ text: '  Putin ', tagIds: [], sort: 'position' })).toEqual({ text: 'Putin' })
    expect(exportFilter({ tagIds: ['t1', 't2'] })).toEqual({ tagIds: ['t1', 't2'], tagMode: 'all' })
  })
})

describe('isFilterActive', () => {
  it('is true for tags, words, or a document other than the open one', () => {
    expect(isFilterActive(tagged, 'a.txt')).toBe(true)
    expect(isFilterActive({ text: 'Kim' }, null)).toBe(true)
    expect(isFilterActive({ docId: 'b.txt' }, 'a.txt')).toBe(true)
  })

  it('is false for no list, for the open document alone (that is "This document"), and for blank words', () => {
    expect(isFilterActive(null, 'a.txt')).toBe(false)
    expect(isFilterActive({ docId: 'a.txt', sort: 'position' }, 'a.txt')).toBe(false)
    expect(isFilterActive({ text: '   ', tagIds: [] }, null)).toBe(false)
  })
})

describe('exportRequest', () => {
  it('sends the filter for the filter scope, the open document for the document scope', () => {
    const context = { filter: tagged, openDocId: 'a.txt' }
    expect(exportRequest({ ...DEFAULT_CHOICES, scope: 'filter', groupBy: 'tag' }, context)).toEqual({
      scope: 'filter',
      filter: { docId: 'a.txt', tagIds: ['t1'], tagMode: 'all' },
      groupBy: 'tag',
      includeNotes: true,
      includeMemos: true,
      includeOrphans: true,
      format: 'md',
    })
    expect(exportRequest({ ...DEFAULT_CHOICES, scope: 'document', includeNotes: false, format: 'csv' }, context)).toEqual({
      scope: 'document',
      docId: 'a.txt',
      groupBy: 'doc',
      includeNotes: false,
      includeMemos: true,
      includeOrphans: true,
      format: 'csv',
    })
    expect(exportRequest(DEFAULT_CHOICES, context)).not.toHaveProperty('filter')
  })

  it('falls back to the whole notebook when the chosen scope is not available', () => {
    const none = { filter: null, openDocId: null }
    expect(effectiveScope({ ...DEFAULT_CHOICES, scope: 'filter' }, none)).toBe('all')
    expect(effectiveScope({ ...DEFAULT_CHOICES, scope: 'document' }, none)).toBe('all')
    expect(exportRequest({ ...DEFAULT_CHOICES, scope: 'document' }, none)).toMatchObject({ scope: 'all' })
    expect(exportRequest({ ...DEFAULT_CHOICES, scope: 'document' }, none)).not.toHaveProperty('docId')
  })

  it('starts on the filter the user is looking at, if any', () => {
    expect(initialScope({ filter: tagged, openDocId: 'a.txt' })).toBe('filter')
    expect(initialScope({ filter: { docId: 'a.txt' }, openDocId: 'a.txt' })).toBe('all')
  })
})
