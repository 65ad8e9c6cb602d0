import { describe, expect, it } from 'vitest'
import { safeFileName } from './safe-file-name'

describe('safeFileName', () => {
  it('makes titles safe file names on every system and as Obsidian link targets', () => {
    const taken = new Set<string>()
    expect(safeFileName('Pjöngjang: Russland und Nordkorea vereinbaren strategische Partnerschaft', taken)).toBe('Pjöngjang Russland und Nordkorea vereinbaren strategische Partnerschaft.md')
    expect(safeFileName('a/b\\c*d?e"f<g>h|i#j^k[l]m\u0007n', taken)).toBe('a b c d e f g h i j k l m n.md')
    expect(safeFileName('..versteckt', taken)).toBe('versteckt.md')
    expect(safeFileName('Ende...  ', taken)).toBe('Ende.md')
    expect(safeFileName('CON', taken)).toBe('CON_.md')
    expect(safeFileName('   ', taken)).toBe('Untitled.md')
  })

  it('keeps names unique without regard to case, and short', () => {
    const taken = new Set<string>()
    expect(safeFileName('Bericht', taken)).toBe('Bericht.md')
    expect(safeFileName('bericht', taken)).toBe('bericht (2).md')
    expect(safeFileName('Bericht', taken)).toBe('Bericht (3).md')
    const long = safeFileName('Wort '.repeat(60), taken)
    expect(long.length).toBeLessThanOrEqual(104)
    expect(long.endsWith('Wort.md')).toBe(true)
    expect(Buffer.byteLength(safeFileName('ä'.repeat(150), taken))).toBeLessThanOrEqual(210)
  })
})
