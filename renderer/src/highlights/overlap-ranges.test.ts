import { describe, expect, it } from 'vitest'
import { overlapRanges } from './overlap-ranges'

describe('overlapRanges', () => {
  it('finds where ranges overlap, and nothing where they only touch', () => {
    expect(overlapRanges([])).toEqual([])
    expect(overlapRanges([{ start: 0, end: 10 }])).toEqual([])
    expect(overlapRanges([{ start: 0, end: 10 }, { start: 10, end: 20 }])).toEqual([])
    expect(overlapRanges([{ start: 0, end: 10 }, { start: 5, end: 20 }])).toEqual([{ start: 5, end: 10 }])
  })

  it('merges neighbouring overlaps and handles nesting and triples', () => {
    expect(
      overlapRanges([
        { start: 0, end: 30 },
        { start: 5, end: 10 },
        { start: 8, end: 15 },
        { start: 40, end: 50 },
        { start: 45, end: 46 },
      ]),
    ).toEqual([
      { start: 5, end: 15 },
      { start: 45, end: 46 },
    ])
  })
})
