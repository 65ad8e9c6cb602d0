import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { editDistance, openEndedDistance, similarity } from './edit-distance'

// Textbook O(n·m) Levenshtein as the oracle for the bit-parallel version.
function naiveDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
  }
  return d[a.length]![b.length]!
}

const smallAlphabet = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', ' ', 'ß', 'x'), maxLength: 45 })

describe('editDistance', () => {
  it('matches known distances', () => {
    expect(editDistance('', '')).toBe(0)
    expect(editDistance('', 'Kreml')).toBe(5)
    expect(editDistance('Präsident', 'Präsidenten')).toBe(2)
    expect(editDistance('Kim Jong Un', 'Kim Jong-un')).toBe(2)
  })

  it('agrees with the naive dynamic programme (short and long inputs)', () => {
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, (a, b) => {
        expect(editDistance(a, b)).toBe(naiveDistance(a, b))
      }),
      { numRuns: 300 },
    )
  })

  it('is exact at the 32-character word boundary', () => {
    const a = 'x'.repeat(32)
    expect(editDistance(a, 'y'.repeat(32))).toBe(32)
    expect(editDistance(a, a + 'x')).toBe(1)
    expect(editDistance(a + 'z', a)).toBe(1)
  })
})

describe('openEndedDistance', () => {
  it('is the best distance to any prefix (or, from the end, any suffix) of the text', () => {
    const reverse = (s: string): string => [...s].reverse().join('')
    fc.assert(
      fc.property(smallAlphabet, smallAlphabet, fc.boolean(), (pattern, text, fromEnd) => {
        let expected = pattern.length
        for (let j = 0; j <= text.length; j++) {
          const piece = fromEnd ? text.slice(text.length - j) : text.slice(0, j)
          expected = Math.min(expected, naiveDistance(pattern, piece))
        }
        expect(openEndedDistance(pattern, text, fromEnd)).toBe(expected)
        expect(openEndedDistance(reverse(pattern), reverse(text), !fromEnd)).toBe(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('charges text inserted next to the context only once', () => {
    const suffix = ' zwischen Russland und Nordkorea'
    expect(openEndedDistance(suffix, 'XXXXX' + suffix + ' ist etwas')).toBe(5)
    expect(openEndedDistance('Kim Jong Un', 'lud Kim Jong Un', true)).toBe(0)
  })
})

describe('similarity', () => {
  it('is 1 for equal strings and 0 for completely different ones', () => {
    expect(similarity('', '')).toBe(1)
    expect(similarity('Putin', 'Putin')).toBe(1)
    expect(similarity('abc', 'xyz')).toBe(0)
    expect(similarity('abcd', 'abce')).toBeCloseTo(0.75)
  })
})
