import { describe, expect, it } from 'vitest'
import { GermanAnalyzer, foldPlain, stemWord, tokenize } from './analyzer'
import { foldText, normalizeGermanWord } from './fold-german'
import { splitCompound } from './split-compound'

describe('tokenize', () => {
  it('keeps hyphenated words whole, with offsets', () => {
    const text = 'Kim Jong-un traf „Putin“ am 19. Juni.'
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual(['Kim', 'Jong-un', 'traf', 'Putin', 'am', '19', 'Juni'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })
})

describe('folding', () => {
  it('treats ä, ae and a alike, and ß as ss', () => {
    expect(stemWord('Pjöngjang')).toBe('pjongjang')
    expect(stemWord('Pjoengjang')).toBe('pjongjang')
    expect(stemWord('Pjongjang')).toBe('pjongjang')
    expect(stemWord('Straße')).toBe(stemWord('Strasse'))
    expect(foldPlain('Größter')).toBe('grosster')
  })
  it('keeps ue after q and after a vowel (german2)', () => {
    expect(normalizeGermanWord('Quelle')).toBe('quelle')
    expect(normalizeGermanWord('Frauen')).toBe('frauen')
    expect(stemWord('Frauen')).toBe(stemWord('Frau'))
    expect(normalizeGermanWord('Muenchen')).toBe('münchen')
  })
  it('folds whole texts with a map back to the original offsets', () => {
    const text = 'Die  Straße nach\nPjoengjang'
    const { folded, map } = foldText(text)
    expect(folded).toBe('die strasse nach pjongjang')
    const at = folded.indexOf('pjongjang')
    expect(text.slice(map[at], map[at + 'pjongjang'.length])).toBe('Pjoengjang')
    const s = folded.indexOf('strasse')
    expect(text.slice(map[s], map[s + 7])).toBe('Straße')
  })
})

describe('stemming', () => {
  it('maps inflections to one stem', () => {
    expect(stemWord('Präsidenten')).toBe('prasident')
    expect(stemWord('Präsident')).toBe('prasident')
    expect(stemWord('Beziehungen')).toBe(stemWord('Beziehung'))
    expect(stemWord('Putins')).toBe('putin')
  })
})

describe('GermanAnalyzer', () => {
  it('indexes a hyphenated word whole and by its parts', () => {
    const a = new GermanAnalyzer()
    expect(a.termsFor('Jong-un')).toEqual(['jongun', 'jong', 'un'])
    expect(a.queryForms('Jong-un')).toEqual({ whole: 'jongun', parts: ['jong', 'un'] })
  })
  it('splits compounds into corpus words, with linking elements', () => {
    const a = new GermanAnalyzer()
    a.learn('Munition, Artillerie, Lieferant und Vorrat. Staat und Besuch.')
    expect(a.termsFor('Artilleriemunition')).toEqual(['artilleriemunition', 'artilleri', 'munition'])
    expect(a.termsFor('Munitionslieferant')).toContain('munition')
    expect(a.termsFor('Munitionsvorräte')).toEqual(['munitionsvorrat', 'munition', 'vorrat'])
    expect(a.termsFor('Staatsbesuch')).toEqual(['staatsbesuch', 'staat', 'besuch'])
  })
  it('does not split words whose parts are unknown or are only endings', () => {
    const a = new GermanAnalyzer()
    a.learn('Korea Asia Tisch isch Stellvertret ende')
    expect(a.termsFor('Nordkoreanische')).toHaveLength(1)
    expect(a.termsFor('asiatischen')).toHaveLength(1)
    expect(a.termsFor('stellvertretende')).toHaveLength(1)
    expect(a.termsFor('Munition')).toEqual(['munition'])
  })
  it('memoizes per surface token and keeps the vocabulary for saving', () => {
    const a = new GermanAnalyzer()
    a.learn('Munition Vorrat')
    expect(a.termsFor('Munitionsvorrat')).toBe(a.termsFor('Munitionsvorrat'))
    const b = new GermanAnalyzer(a.vocabulary)
    expect(b.termsFor('Munitionsvorrat')).toEqual(a.termsFor('Munitionsvorrat'))
  })
  it('splits three-part compounds once the tail splits', () => {
    const vocab = new Set(['munition', 'verbrauch', 'rate'])
    expect(splitCompound('munitionsverbrauchsrate', stemWord('Munitionsverbrauchsrate'), vocab)).toEqual(['munition', 'verbrauch', 'rate'])
  })
})
