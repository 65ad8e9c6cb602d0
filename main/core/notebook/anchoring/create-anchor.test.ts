import { describe, it, expect } from 'vitest'
import { CONTEXT_LENGTH } from './anchor-types'
import { createAnchor, quoteAt } from './create-anchor'

const text =
  'Der russische Präsident Wladimir Putin wird diese Woche zum ersten Mal seit 24 Jahren Nordkorea besuchen, sagen die beiden Länder.'

describe('createAnchor', () => {
  it('stores the selection and 32 characters of context each side', () => {
    const start = text.indexOf('zum ersten Mal')
    const end = start + 'zum ersten Mal'.length
    const anchor = createAnchor(text, start, end)
    expect(anchor.position).toEqual({ start, end })
    expect(anchor.quote.exact).toBe('zum ersten Mal')
    expect(anchor.quote.prefix).toHaveLength(CONTEXT_LENGTH)
    expect(anchor.quote.suffix).toHaveLength(CONTEXT_LENGTH)
    expect(anchor.quote.prefix + anchor.quote.exact + anchor.quote.suffix).toBe(
      text.slice(start - CONTEXT_LENGTH, end + CONTEXT_LENGTH),
    )
  })

  it('shortens the context at the text edges', () => {
    const atStart = createAnchor(text, 0, 3)
    expect(atStart.quote).toEqual({ exact: 'Der', prefix: '', suffix: text.slice(3, 3 + CONTEXT_LENGTH) })
    const atEnd = createAnchor(text, text.length - 7, text.length)
    expect(atEnd.quote.exact).toBe('Länder.')
    expect(atEnd.quote.suffix).toBe('')
    expect(atEnd.quote.prefix).toHaveLength(CONTEXT_LENGTH)
    const nearStart = createAnchor(text, 4, 13)
    expect(nearStart.quote.prefix).toBe('Der ')
    const whole = createAnchor('Kurz.', 0, 5)
    expect(whole.quote).toEqual({ exact: 'Kurz.', prefix: '', suffix: '' })
  })

  it('rejects bad ranges and whitespace-only selections with RangeError', () => {
    expect(() => createAnchor(text, 5, 5)).toThrow(RangeError)
    expect(() => createAnchor(text, 6, 5)).toThrow(RangeError)
    expect(() => createAnchor(text, -1, 5)).toThrow(RangeError)
    expect(() => createAnchor(text, 0, text.length + 1)).toThrow(RangeError)
    expect(() => createAnchor(text, 0.5, 4)).toThrow(RangeError)
    expect(() => createAnchor(text, Number.NaN, 4)).toThrow(RangeError)
    expect(() => createAnchor('a  \n\t b', 1, 6)).toThrow(RangeError)
    expect(() => createAnchor('a 😀 b', 2, 3)).toThrow(RangeError)
  })

  it('quoteAt re-reads a range from new text', () => {
    expect(quoteAt('abc def ghi', 4, 7)).toEqual({ exact: 'def', prefix: 'abc ', suffix: ' ghi' })
  })
})
