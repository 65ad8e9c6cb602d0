import type { JSONContent } from '@tiptap/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { noteText } from '../notebook/note/note-text'
import { noteFromExportMarkdown, noteToExportMarkdown } from './note-export'
import { commonmark, doc, gfm, gfmSafe, inlineText, noteArbitrary, p, squash, structureOf, text } from './test-support'


/** Exported, imported, exported again: the same Markdown. */
function stable(markdown: string): boolean {
  return noteToExportMarkdown(noteFromExportMarkdown(markdown)) === markdown
}

/** Every piece of text a reader sees, in order, white space collapsed. */
function visibleText(markdown: string): string {
  const tokens = gfm.parse(markdown, {})
  return squash(tokens.map((t) => (t.type === 'inline' ? inlineText(t.children) : t.type === 'fence' || t.type === 'code_block' ? t.content : '')).join(' '))
}

describe('noteToExportMarkdown', () => {
  it('escapes text that would become a list, heading, quote, table, setext heading or tag', () => {
    const lines = ['12. Juni 2024', '# kein Titel', '> kein Zitat', '- keine Liste', '+ auch nicht', '| a | b |', '#Hashtag', '1) nein']
    const markdown = noteToExportMarkdown(doc(...lines.map((l) => p(text(l))), p(text('Zeile'), { type: 'hardBreak' }, text('==='))))
    for (const md of [commonmark, gfmSafe]) {
      const s = structureOf(markdown, md)
      expect(s.headings).toEqual([])
      expect([...s.types].filter((t) => /list|blockquote|table|heading|html/.test(t))).toEqual([])
    }
    expect(visibleText(markdown)).toBe(squash([...lines, 'Zeile ==='].join(' ')))
    expect(stable(markdown)).toBe(true)
  })

  it('never emits live HTML: text is escaped, underline dropped, unsafe links dropped', () => {
    const note = doc(
      p(text('<script>alert(1)</script> <b>fett</b> <!-- x -->')),
      p(text('unterstrichen', 'underline')),
      p(text('böser Link', { type: 'link', attrs: { href: 'javascript:alert(1)' } }), text(' und '), text('guter', { type: 'link', attrs: { href: 'https://example.org/a b' } })),
    )
    const markdown = noteToExportMarkdown(note)
    const s = structureOf(markdown)
    expect([...s.types].filter((t) => t.startsWith('html'))).toEqual([])
    expect(s.links).toEqual(['https://example.org/a%20b'])
    expect(s.html).not.toMatch(/<script|<b>|<u>|<!--/)
    expect(visibleText(markdown)).toContain('<script>alert(1)</script> <b>fett</b> <!-- x -->')
    expect(stable(markdown)).toBe(true)
  })

  it('keeps formatting, lists, quotes, links and code, and a code block containing ``` intact', () => {
    const note = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Fazit #')] },
      p(text('Siehe '), text('auch', 'bold'), text(' und '), text('das', 'italic'), text(' mit '), text('a*b', 'code')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('12. Juni'))] }] },
      { type: 'blockquote', content: [p(text('zitiert'))] },
      { type: 'codeBlock', attrs: { language: 'md' }, content: [text('```\n# kein Titel\n```')] },
    )
    const markdown = noteToExportMarkdown(note)
    expect(markdown).toBe('#### Fazit \\#\n\nSiehe **auch** und *das* mit `a*b`\n\n- 12\\. Juni\n\n> zitiert\n\n````md\n```\n# kein Titel\n```\n````')
    const s = structureOf(markdown)
    expect(s.headings).toEqual(['4 Fazit #'])
    expect(noteFromExportMarkdown(markdown).content![0]).toMatchObject({ type: 'heading', attrs: { level: 2 } })
    expect([...s.types]).toEqual(expect.arrayContaining(['strong_open', 'em_open', 'code_inline', 'bullet_list_open', 'blockquote_open', 'fence']))
    expect(stable(markdown)).toBe(true)
  })

  it('resolves marks that cannot nest in Markdown instead of writing <em> tags', () => {
    // "a" bold, "b" bold+italic, "c" italic: crossing delimiters; tiptap alone writes "**a*b***<em>c</em>".
    const markdown = noteToExportMarkdown(doc(p(text('a', 'bold'), text('b', 'bold', 'italic'), text('c', 'italic'))))
    expect(markdown).toBe('**a*b***c')
    expect(stable(markdown)).toBe(true)
  })

  it('reads back to itself and never loses words (property)', () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        const markdown = noteToExportMarkdown(note)
        expect(stable(markdown)).toBe(true)
        const s = structureOf(markdown, gfm)
        expect([...s.types].filter((t) => t.startsWith('html'))).toEqual([])
        expect(visibleText(markdown)).toBe(squash(noteWords(note)))
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    )
  })
})

/** The words of a note as a reader sees them (code block contents included). */
function noteWords(note: JSONContent): string {
  return noteText(note)
}
