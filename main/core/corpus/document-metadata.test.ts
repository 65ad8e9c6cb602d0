import { describe, expect, it } from 'vitest'
import { extractMetadata } from './document-metadata'
import { findStatedDate } from './find-stated-date'

describe('findStatedDate', () => {
  it.each([
    ['Veröffentlicht am 19. Juni 2024 in Seoul', '2024-06-19'],
    ['12. Juni 2024', '2024-06-12'],
    ['Berlin, 3. März 2023 – Die Regierung', '2023-03-03'],
    ['Stand: 3. Mär. 2023', '2023-03-03'],
    ['Datum: 19.06.2024', '2024-06-19'],
    ['ISO 2024-06-19 steht hier', '2024-06-19'],
  ])('reads %s', (text, iso) => expect(findStatedDate(text)).toBe(iso))

  it('passes over impossible dates and text without a year', () => {
    expect(findStatedDate('am 31. Februar 2024')).toBeNull()
    expect(findStatedDate('am 18. und 19. Juni der Republik')).toBeNull()
    expect(findStatedDate('Version 1.2.2024x')).toBeNull()
  })
})

describe('extractMetadata', () => {
  it('takes the first non-empty line as title, and counts', () => {
    const text = '\n\n  Putin besucht Nordkorea  \n\nDer Text am 19. Juni 2024.'
    expect(extractMetadata(text)).toEqual({ title: 'Putin besucht Nordkorea', date: '2024-06-19', chars: text.length, words: 9 })
  })

  it('treats a first line that is only a date as the date, and the next line as title', () => {
    const meta = extractMetadata('12. Juni 2024\nBerichten zufolge plant Kim etwas\nText')
    expect(meta.title).toBe('Berichten zufolge plant Kim etwas')
    expect(meta.date).toBe('2024-06-12')
    expect(extractMetadata('Mittwoch, 12. Juni 2024, 14:30 Uhr\nTitel').title).toBe('Titel')
    // A headline that mentions a date is still the title.
    expect(extractMetadata('Gipfel am 12. Juni 2024 in Pjöngjang\nText').title).toBe('Gipfel am 12. Juni 2024 in Pjöngjang')
  })

  it('prefers the HTML title and handles empty documents', () => {
    expect(extractMetadata('Text', 'HTML-Titel').title).toBe('HTML-Titel')
    expect(extractMetadata('').title).toBe('(empty document)')
  })
})
