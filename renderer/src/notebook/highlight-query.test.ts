import { describe, expect, it } from 'vitest'
import { NO_FILTER, toQuery } from './highlight-query'

describe('toQuery', () => {
  it('asks for the open document by default, and for all when none is open', () => {
    expect(toQuery(NO_FILTER, 'a.txt', 'attached')).toEqual({ docId: 'a.txt', status: 'attached', sort: 'position' })
    expect(toQuery(NO_FILTER, null, 'orphaned')).toEqual({ status: 'orphaned', sort: 'position' })
  })

  it('passes tags with their mode, trimmed words, another document and the order', () => {
    expect(toQuery({ scope: { docId: 'b.txt' }, tagIds: ['t1', 't2'], tagMode: 'any', text: '  Putin ', sort: 'created' }, 'a.txt', 'attached')).toEqual({
      docId: 'b.txt',
      tagIds: ['t1', 't2'],
      tagMode: 'any',
      text: 'Putin',
      status: 'attached',
      sort: 'created',
    })
    expect(toQuery({ ...NO_FILTER, scope: 'all', text: '   ' }, 'a.txt', 'attached')).toEqual({ status: 'attached', sort: 'position' })
  })

  it('asks for attached and lost highlights at once without a status', () => {
    expect(toQuery(NO_FILTER, 'a.txt')).toEqual({ docId: 'a.txt', sort: 'position' })
  })
})
