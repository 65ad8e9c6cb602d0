import { describe, expect, it } from 'vitest'
import { parseQuery, QuerySyntaxError } from './query-parser'

describe('parseQuery', () => {
  it('reads words, with the last one as prefix while typing', () => {
    expect(parseQuery('Putin Nordk')).toEqual({ terms: ['Putin', 'Nordk'], phrases: [], excluded: [], prefixLast: true })
    expect(parseQuery('Putin Nordkorea ').prefixLast).toBe(false)
  })

  it('reads straight and German quotes as phrases', () => {
    expect(parseQuery('"strategische Partnerschaft" Kim').phrases).toEqual(['strategische Partnerschaft'])
    expect(parseQuery('„strategische   Partnerschaft“').phrases).toEqual(['strategische Partnerschaft'])
    expect(parseQuery('»volle Unterstützung«').phrases).toEqual(['volle Unterstützung'])
    expect(parseQuery('„Kim Jong"').phrases).toEqual(['Kim Jong'])
    expect(parseQuery('"Kim Jong"').prefixLast).toBe(false)
  })

  it('reads -word as exclusion, keeping hyphenated words whole', () => {
    const q = parseQuery('Putin -Ukraine Kim Jong-un')
    expect(q.terms).toEqual(['Putin', 'Kim', 'Jong-un'])
    expect(q.excluded).toEqual(['Ukraine'])
  })

  it('rejects malformed queries with one plain line', () => {
    expect(() => parseQuery('"Kim Jong')).toThrow(QuerySyntaxError)
    expect(() => parseQuery('„Kim Jong')).toThrow(/closing quote/)
    expect(() => parseQuery('   ')).toThrow(/Type a word/)
    expect(() => parseQuery('-Ukraine')).toThrow(/only exclude/)
    expect(() => parseQuery('""')).toThrow(QuerySyntaxError)
  })
})
