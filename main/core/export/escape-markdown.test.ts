import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeSpan, escapeMarkdown, unescapeMarkdown } from './escape-markdown'
import MarkdownIt from 'markdown-it'
import { commonmark, gfmSafe, inlineText } from './test-support'

/** GFM with autolinks (GitHub, Obsidian link bare URLs). */
const linkify = new MarkdownIt('default', { html: true, linkify: true })

/** What a renderer makes of one escaped line: the block token types and the visible text. */
function read(line: string, md = commonmark) {
  const tokens = md.parse(escapeMarkdown(line), {})
  const inline = tokens.filter((t) => t.type === 'inline')
  return {
    blocks: tokens.filter((t) => t.type !== 'inline').map((t) => t.type),
    inlineTypes: [...new Set(inline.flatMap((t) => (t.children ?? []).map((c) => c.type)))],
    text: inline.map((t) => inlineText(t.children)).join(''),
  }
}

const TRICKY = [
  '12. Juni 2024',
  '3) Punkt',
  '# Überschrift',
  '#Hashtag im Text',
  '> kein Zitat',
  '- keine Liste',
  '+ keine Liste',
  '* keine Liste',
  '| a | b |',
  '```js',
  '~~~',
  '<script>alert(1)</script>',
  '<!-- Kommentar -->',
  '[Link](javascript:alert(1))',
  '![Bild](x.png)',
  '[^1]: Fußnote',
  '***',
  '---',
  '___',
  '===',
  '    vier Leerzeichen',
  'a *b* _c_ **d** ~~e~~ `f`',
  'Kosten: 5 $ und 10 $',
  'AT&amp;T &copy; &#169;',
  'x ^blockid',
  '==markiert== %%Kommentar%%',
  '[[Wikilink]]',
  '\\* schon escaped',
  'C# und F#',
  'Mi. Treffen um 10 Uhr',
  'iv) vierter Punkt',
  'ab. zweibuchstabig',
  'siehe https://example.org/a_b und www.example.org',
  'Mail an presse@example.org',
]

describe('escapeMarkdown', () => {
  it.each(TRICKY)('keeps %j one literal paragraph in CommonMark and in GFM', (line) => {
    const expected = line.trim()
    for (const md of [commonmark, gfmSafe, linkify]) {
      const r = read(expected, md)
      expect(r.blocks).toEqual(['paragraph_open', 'paragraph_close'])
      expect(r.inlineTypes.every((t) => t === 'text')).toBe(true)
      expect(r.text).toBe(expected)
    }
  })

  it('escapes block markers only at the start of a line, and "#" only where it could be a heading or tag', () => {
    expect(escapeMarkdown('12. Juni 2024')).toBe('12\\. Juni 2024')
    expect(escapeMarkdown('am 12. Juni')).toBe('am 12. Juni')
    expect(escapeMarkdown('US-Außenminister - und')).toBe('US-Außenminister - und')
    expect(escapeMarkdown('- und', { atLineStart: false })).toBe('- und')
    expect(escapeMarkdown('C# und #tag')).toBe('C# und \\#tag')
    expect(escapeMarkdown('a\n# b')).toBe('a\n\\# b')
    expect(escapeMarkdown('Lami & Kim &amp;')).toBe('Lami & Kim \\&amp;')
  })

  it('is undone exactly by unescapeMarkdown', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab 1.)#>-+=*_`[]<>&|$~^%!\\\n'.split('')), maxLength: 40 }), (s) => {
        expect(unescapeMarkdown(escapeMarkdown(s))).toBe(s)
      }),
    )
  })

  it('never lets a line of text become structure (property)', () => {
    const unit = fc.oneof(fc.constantFrom(...'ab 1.)#>-+=*_`[]<>&|$~^%!\\(){}:;'.split('')), fc.constantFrom('ä', 'ß', '„', '“', '–', 'x'))
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 30 }), (raw) => {
        const line = raw.replace(/\s+/g, ' ').trim()
        fc.pre(line !== '')
        for (const md of [commonmark, gfmSafe]) {
          const r = read(line, md)
          expect(r.blocks).toEqual(['paragraph_open', 'paragraph_close'])
          expect(r.inlineTypes.filter((t) => t !== 'text')).toEqual([])
          expect(r.text).toBe(line)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('codeSpan', () => {
  it('shows a file name literally, backticks included', () => {
    for (const name of ['001_9c5a38ccf7a2ab37.txt', 'a`b.txt', '`x`', 'a ``` b']) {
      const tokens = commonmark.parseInline(codeSpan(name), {})[0]!.children!
      expect(tokens.map((t) => t.type)).toEqual(['code_inline'])
      expect(tokens[0]!.content).toBe(name)
    }
  })
})
