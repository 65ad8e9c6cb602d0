import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getSchema, type JSONContent } from '@tiptap/core'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import type { Notebook } from '../notebook/notebook'
import { noteExtensions } from '../notebook/note/note-extensions'
import { markdownToNote } from '../notebook/note/note-markdown'
import { noteText } from '../notebook/note/note-text'
import { validateNote } from '../notebook/note/validate-note'
import type { Workspace } from '../workspace/workspace'

// Test helpers for the export: how CommonMark renderers read what we write.

/** CommonMark as specified (raw HTML allowed, as Obsidian, GitHub and VS Code allow it). */
export const commonmark = new MarkdownIt('commonmark')
/** markdown-it's default: GFM tables and strikethrough on, raw HTML off (shown as text). */
export const gfmSafe = new MarkdownIt('default', { html: false, linkify: false })
/** GFM tables and strikethrough with raw HTML allowed (GitHub, Obsidian). */
export const gfm = new MarkdownIt('default', { html: true, linkify: false })

/** The text of an inline token's children, as a reader sees it (soft breaks as spaces). */
export function inlineText(children: readonly Token[] | null): string {
  return (children ?? [])
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : ''))
    .join('')
}

export interface Structure {
  /** Heading texts with their level, e.g. "2 Memos". */
  headings: string[]
  /** The text of each top-level blockquote, paragraphs joined by "\n\n". */
  blockquotes: string[]
  /** Token types that occur anywhere (block and inline). */
  types: Set<string>
  /** Every link target. */
  links: string[]
  /** Rendered HTML. */
  html: string
}

/** Parses and renders Markdown with `md`, summarizing what a reader would see. */
export function structureOf(markdown: string, md: MarkdownIt = commonmark): Structure {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  const tokens = md.parse(body, {})
  const s: Structure = { headings: [], blockquotes: [], types: new Set(), links: [], html: md.render(body) }
  let quote: string[] | null = null
  tokens.forEach((t, i) => {
    s.types.add(t.type)
    for (const c of t.children ?? []) {
      s.types.add(c.type)
      if (c.type === 'link_open') s.links.push(c.attrGet('href') ?? '')
    }
    if (t.type === 'heading_open') s.headings.push(`${t.tag.slice(1)} ${inlineText(tokens[i + 1]!.children)}`)
    if (t.type === 'blockquote_open' && t.level === 0) quote = []
    if (t.type === 'inline' && quote) quote.push(inlineText(t.children))
    if (t.type === 'blockquote_close' && t.level === 0 && quote) {
      s.blockquotes.push(quote.join('\n\n'))
      quote = null
    }
  })
  return s
}

/** Collapses white space runs, as a rendered page shows them. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The notebook the export tests share, made through the Notebook API on a
 * copy of the bundled corpus: five highlights (tags with "/" and spaces,
 * colours, notes with Markdown syntax and HTML in their text, a quote that
 * starts with a date, a multi-paragraph quote, one orphaned by editing its
 * file), two memos and described, coloured tags. `tick` runs before each
 * change, so a test can fix the clock (and the ids) for a stable golden file.
 */
export async function buildSampleNotebook(ws: Workspace, nb: Notebook, tick: () => void = () => {}): Promise<void> {
  const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
  const t = (text: string): JSONContent => ({ type: 'text', text })
  tick()
  await nb.createTag({ name: 'Akteure/Russland', color: 'blue', description: 'Russische Staatsakteure und ihre Sprecher' })
  tick()
  await nb.createTag({ name: 'Naher Osten', description: 'Zeile eins\nZeile zwei' })
  tick()
  await nb.addHighlightByQuote('001_9c5a38ccf7a2ab37.txt', 'strategische Partnerschaft', 1, {
    tags: ['Akteure/Russland', 'Naher Osten'],
    color: 'green',
    note: markdownToNote('Siehe **auch** 000.\n\n- Punkt 1\n- 12\\. Juni'),
  })
  tick()
  await nb.addHighlightByQuote('003_73e5e5628885fd09.txt', '12. Juni 2024\nBerichten zufolge', 1, { tags: ['Chronik'] })
  tick()
  const text000 = await ws.getText('000_5cd4faa8f2970c73.txt')
  const start = text000.indexOf('Auch die staatliche')
  await nb.addHighlight({
    docId: '000_5cd4faa8f2970c73.txt',
    start,
    end: text000.indexOf('Kim Jong Il,') + 'Kim Jong Il,'.length,
    tags: ['Akteure/Russland'],
    color: 'pink',
    note: { type: 'doc', content: [p(t('<script>alert(1)</script>')), p(t('# kein Titel')), p(t('| a | b |'))] },
  })
  tick()
  await nb.addHighlightByQuote('004_2bdebc3cd27daffb.txt', '„Ich bin mir sicher, dass wir zusammen bleiben werden [the] Kampf gegen den Imperialismus“', 1, {
    note: markdownToNote('*Übersetzungsfehler*: \\[the\\]'),
  })
  tick()
  const gone = 'Lyric Li in Seoul trug zu diesem Bericht bei.'
  await nb.addHighlightByQuote('002_67fc38371021b643.txt', gone, 1, { tags: ['Naher Osten'] })
  tick()
  await nb.createMemo(null, markdownToNote('Gesamteindruck: Nordkorea liefert, Russland zahlt.\n\n## Offene Frage\n\nWer profitiert?'))
  tick()
  await nb.createMemo('001_9c5a38ccf7a2ab37.txt', markdownToNote('Vergleiche mit 000.'))
  // The passage disappears from its file: the highlight becomes an orphan.
  const file = path.join(ws.root, '002_67fc38371021b643.txt')
  await writeFile(file, (await readFile(file, 'utf8')).replace(`${gone}\n`, ''))
  tick()
  await ws.getText('002_67fc38371021b643.txt')
  await nb.ensureAnchored('002_67fc38371021b643.txt')
}

/** The export with its export time taken out, for comparing two exports. */
export function withoutExportTime(markdown: string): string {
  return markdown.replace(/^exported: .*$/m, 'exported: …')
}

// ---- random notes (fast-check) ----

/** A text node with marks (names, or marks with attributes). */
export const text = (t: string, ...marks: Array<string | { type: string; attrs: Record<string, unknown> }>): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks.length ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {}),
})
/** A paragraph node. */
export const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
/** A note document. */
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })

const special = fc.constantFrom(...'ab ä1.)#>-+=*_`[]<>&|$~^%!\\:@'.split(''), 'Putin', 'Juni', '12.', '# ', '- ', '<b>', '&amp;', '==', '%%', 'Mi. ', 'iv) ', 'https://x.org/a_b', 'www.x.de', 'a@b.de')
const words = fc.array(special, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''))
const link = fc.constantFrom('https://example.org/x', 'https://de.wikipedia.org/wiki/Kim_(Name)', 'mailto:a@b.de', 'exzerpt://open?doc=a.txt&start=1&end=2')
const markSet = fc.oneof(
  fc.constant([] as string[]),
  fc.subarray(['bold', 'italic', 'strike']),
  fc.constant(['code']),
)

const inline: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(words, markSet, fc.option(link, { freq: 5 })).map(([t, marks, href]) => text(t, ...marks, ...(href && !marks.includes('code') ? [{ type: 'link', attrs: { href } }] : []))) },
  { weight: 1, arbitrary: fc.constant({ type: 'hardBreak' } as JSONContent) },
)
const paragraph = fc.array(inline, { minLength: 1, maxLength: 5 }).map((content) => p(...content))
const block: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(inline, { minLength: 1, maxLength: 3 })).map(([level, content]) => ({ type: 'heading', attrs: { level }, content })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(([type, items]) => ({ type, content: items.map((item) => ({ type: 'listItem', content: [item] })) })) },
  { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((content) => ({ type: 'blockquote', content })) },
  { weight: 1, arbitrary: fc.array(words, { minLength: 1, maxLength: 3 }).map((lines) => ({ type: 'codeBlock', attrs: { language: null }, content: [text(lines.join('\n'))] })) },
)

const noteSchema = getSchema(noteExtensions())

/** Random notes the editor could hold: valid for the note schema, passed through ProseMirror (which joins equal neighbours). */
export const noteArbitrary = fc
  .array(block, { minLength: 1, maxLength: 4 })
  .map((content) => doc(...content))
  .filter((note) => {
    try {
      validateNote(note)
      return noteText(note).trim() !== ''
    } catch {
      return false
    }
  })
  .map((note) => noteSchema.nodeFromJSON(note).toJSON() as JSONContent)
