import { describe, expect, it } from 'vitest'
import { paragraphIndexAt, paragraphRanges } from './paragraphs'

const texts = (text: string) => paragraphRanges(text).map((r) => text.slice(r.start, r.end))

describe('paragraphRanges', () => {
  it('separates paragraphs at blank lines (one or several, with whitespace)', () => {
    expect(texts('Eins.\n\nZwei.\n \n\n\nDrei.\n')).toEqual(['Eins.', 'Zwei.', 'Drei.'])
  })

  it('joins hard-wrapped lines of one paragraph', () => {
    const wrapped =
      'Der russische Praesident Wladimir Putin wird diese Woche zum ersten\n' +
      'Mal seit 24 Jahren Nordkorea besuchen, sagen die beiden Laender, und\n' +
      'es handelt sich um eine seltene Reise, die die wachsende Partnerschaft\n' +
      'Moskaus mit der Atommacht unterstreicht.\n\n' +
      'Der nordkoreanische Fuehrer Kim Jong Un lud Putin ein, als Kim im\n' +
      'September den Fernen Osten Russlands besuchte.'
    const paragraphs = texts(wrapped)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]).toMatch(/^Der russische.*unterstreicht\.$/s)
  })

  it('treats single line breaks as paragraph breaks in one-line-per-paragraph files', () => {
    const scraped =
      'Berichten zufolge plant der nordkoreanische Machthaber Kim, seinen „Mitstreiter“ Putin in Pjöngjang zu empfangen\n' +
      'Mehreren Berichten aus der Region zufolge könnte der russische Präsident Wladimir Putin Nordkorea bereits nächste Woche besuchen.\n' +
      'Am Mittwoch sandte der nordkoreanische Staatschef Kim Jong Un eine Glückwunschbotschaft an Putin, in der er die Beziehung lobte.\n'
    expect(texts(scraped)).toHaveLength(3)
  })

  it('gives offsets into the original text', () => {
    const text = '\n\n  Eins\n\nZwei  '
    const ranges = paragraphRanges(text)
    expect(ranges).toEqual([{ start: 4, end: 8 }, { start: 10, end: 14 }])
    expect(paragraphIndexAt(ranges, 5)).toBe(0)
    expect(paragraphIndexAt(ranges, 9)).toBe(1)
    expect(paragraphIndexAt(ranges, 99)).toBe(-1)
  })
})

describe('paragraphRanges with lineBreaks: join', () => {
  it('separates only at blank lines, so every single line break stays inside a paragraph', () => {
    const text = 'Zeile eins\nZeile zwei\nZeile drei\n\n\n  \nNeuer Absatz\nmit zwei Zeilen\n'
    const ranges = paragraphRanges(text, { lineBreaks: 'join' })
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Zeile eins\nZeile zwei\nZeile drei', 'Neuer Absatz\nmit zwei Zeilen'])
  })

  it('handles empty and blank-only text', () => {
    expect(paragraphRanges('')).toEqual([])
    expect(paragraphRanges(' \n\n\t\n')).toEqual([])
  })
})
