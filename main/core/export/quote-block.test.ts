import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paragraphRanges } from '../corpus/paragraphs'
import { BUNDLED_CORPUS } from '../testing/temp-corpus'
import { quoteParagraphs, readQuote, renderQuote } from './quote-block'
import { commonmark, gfmSafe, squash, structureOf } from './test-support'

const texts = readdirSync(BUNDLED_CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(BUNDLED_CORPUS, f), 'utf8').replace(/\r\n?/g, '\n').normalize('NFC'))

/** The blockquote's source lines, as the importer sees them. */
const linesOf = (markdown: string) => markdown.split('\n')

describe('renderQuote / readQuote', () => {
  it('shows a multi-paragraph quote as blockquote paragraphs and reads it back exactly', () => {
    const exact = 'Erster Absatz, zwei\nZeilen.\n\n12. Juni 2024 – zweiter Absatz'
    const block = renderQuote(exact, quoteParagraphs(exact, null, null))
    expect(block.markdown).toBe('> Erster Absatz, zwei\n> Zeilen.\n>\n> 12\\. Juni 2024 – zweiter Absatz')
    expect(block.lossy).toBe(false)
    expect(readQuote(linesOf(block.markdown), block.singleBreaks)).toBe(exact)
    const s = structureOf(block.markdown)
    expect(s.blockquotes).toEqual(['Erster Absatz, zwei Zeilen.\n\n12. Juni 2024 – zweiter Absatz'])
    expect([...s.types].filter((t) => /list|heading/.test(t))).toEqual([])
  })

  it('follows the reader: in a one-paragraph-per-line file a line break is a paragraph break', () => {
    const text = 'Titel\nErster Absatz.\nZweiter Absatz.\n'
    const exact = 'Erster Absatz.\nZweiter Absatz.'
    const block = renderQuote(exact, quoteParagraphs(exact, text.indexOf(exact), paragraphRanges(text)))
    expect(block.markdown).toBe('> Erster Absatz.\n>\n> Zweiter Absatz.')
    expect(block.singleBreaks).toBe(true)
    expect(readQuote(linesOf(block.markdown), true)).toBe(exact)
  })

  it('says when white space it cannot show makes it lossy', () => {
    expect(renderQuote(' führendes Leerzeichen', [' führendes Leerzeichen']).lossy).toBe(true)
    expect(renderQuote('Ende. ', ['Ende. ']).lossy).toBe(true)
    expect(renderQuote('a\n\n\nb', quoteParagraphs('a\n\n\nb', null, null)).lossy).toBe(true)
  })

  it('reads back every passage of the bundled corpus, and renders it as one literal blockquote (property)', () => {
    const passage = fc
      .tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 600 }))
      .map(([doc, at, length]) => {
        const text = texts[doc]!
        const start = at % text.length
        return { text, start, exact: text.slice(start, Math.min(text.length, start + length)) }
      })
      .filter((p) => p.exact.trim() !== '')
    fc.assert(
      fc.property(passage, ({ text, start, exact }) => {
        const block = renderQuote(exact, quoteParagraphs(exact, start, paragraphRanges(text)))
        if (!block.lossy) expect(readQuote(linesOf(block.markdown), block.singleBreaks)).toBe(exact)
        for (const md of [commonmark, gfmSafe]) {
          const s = structureOf(block.markdown, md)
          expect(s.blockquotes).toHaveLength(1)
          expect([...s.types].filter((t) => /list|heading|html|table|code|em_|strong|link|hr|fence/.test(t))).toEqual([])
          expect(squash(s.blockquotes[0]!)).toBe(squash(exact))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads back arbitrary text with Markdown syntax exactly (property)', () => {
    const unit = fc.constantFrom(...'ab 1.)#>-+=*_`[]<>&|$~^%!\\\n'.split(''), 'ä', '„')
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 60 }), (exact) => {
        fc.pre(exact.trim() !== '')
        const block = renderQuote(exact, quoteParagraphs(exact, null, null))
        if (!block.lossy) expect(readQuote(linesOf(block.markdown), block.singleBreaks)).toBe(exact)
        const s = structureOf(block.markdown, gfmSafe)
        expect(s.blockquotes).toHaveLength(1)
        expect(squash(s.blockquotes[0]!)).toBe(squash(exact))
      }),
      { numRuns: 500 },
    )
  })
})
