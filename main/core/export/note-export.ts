import type { JSONContent } from '@tiptap/core'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { markdownToNote, noteToMarkdown } from '../notebook/note/note-markdown'
import { noteText } from '../notebook/note/note-text'
import { escapeMarkdown, TIPTAP_HANDLED } from './escape-markdown'
import { EMPHASIS, hasMark, isText, normalizeLine, plainlyMarked } from './note-inline'

/**
 * A note (tiptap JSON) as Markdown for an export, through tiptap's own
 * serializer ({@link noteToMarkdown}), made safe and stable first:
 *
 * - tiptap escapes inline syntax (`*`, `_`, `` ` ``, `[`…) and writes `&`, `<`, `>`
 *   as entities, but not block syntax. Text that would start a list, a heading or
 *   a setext underline ("12. Juni", "# …", "- …", "===") or make a table, an
 *   Obsidian tag or math gets a backslash — placed as a private-use placeholder
 *   in the JSON (where we still know what is text and where lines start) and
 *   turned into `\` after serializing, so tiptap does not escape our escape;
 * - nothing becomes live HTML: underline (which tiptap writes as `<u>`) is dropped,
 *   and links keep only http(s), mailto and exzerpt URLs (no `javascript:`);
 * - the note's headings move two levels down (a note's "# Titel" is written "### Titel"),
 *   below the export's own title and group headings; {@link noteFromExportMarkdown}
 *   moves them back up (levels 5 and 6 both end at 6, so they come back as 4);
 * - marks that cross ("**a *b** c*") cannot be written in Markdown; tiptap falls back
 *   to `<em>` tags. The later mark is cut back so marks nest; emphasis next to
 *   punctuation that CommonMark would not read as emphasis is narrowed.
 *
 * The result is checked to read back to itself (export → import → export gives
 * the same text), and — where it has emphasis — to show no stray `*` or `~` in a
 * CommonMark renderer (tiptap's parser is more lenient than CommonMark about
 * delimiters next to punctuation, e.g. "*~~a~~*b"). In the rare case a check
 * fails, emphasis is dropped, then all formatting: a note may lose bold or
 * italics, never its words, and the export never contains something that reads
 * differently on import.
 */
export function noteToExportMarkdown(note: JSONContent | null | undefined): string {
  if (!note) return ''
  let markdown = converted.get(note)
  if (markdown === undefined) {
    markdown = convert(note)
    converted.set(note, markdown)
  }
  return markdown
}

/**
 * Notes already converted, by the stored note object. The store never changes a record
 * in place (a change puts a new one), so an entry cannot go stale; the export dialog's
 * preview, rebuilt on every option change, then converts each note once.
 */
const converted = new WeakMap<JSONContent, string>()

function convert(note: JSONContent): string {
  const seen = { risky: false }
  const first = serialize(note, seen)
  // Text, links, headings, lists, quotes and plainly placed emphasis follow fixed rules;
  // the checks are for what tiptap's serializer can get wrong.
  if (!seen.risky) return first
  const attempts: Array<() => JSONContent> = [() => withoutEmphasis(note), () => plainNote(note)]
  let markdown = first
  let candidate = note
  for (let i = 0; ; i++) {
    if (!markdown || (readsBackTheSame(markdown) && !(hasEmphasis(candidate) && showsStrayDelimiters(markdown, candidate)))) return markdown
    const next = attempts[i]
    if (!next) return markdown
    candidate = next()
    markdown = serialize(candidate)
  }
}

function hasEmphasis(node: JSONContent): boolean {
  return (node.marks?.some((m) => EMPHASIS.has(m.type)) ?? false) || (node.content?.some(hasEmphasis) ?? false)
}

let commonmark: MarkdownIt | null = null

/** Whether a CommonMark (GFM) renderer would show more `*`, `_` or `~` than the note's text has: a delimiter it did not read as one. */
function showsStrayDelimiters(markdown: string, note: JSONContent): boolean {
  commonmark ??= new MarkdownIt('default', { html: true, linkify: false })
  const count = (text: string) => text.match(/[*_~]/g)?.length ?? 0
  const visible = (tokens: Token[]): number =>
    tokens.reduce((n, t) => n + (t.type === 'text' || t.type === 'code_inline' || t.type === 'fence' ? count(t.content) : 0) + (t.children ? visible(t.children) : 0), 0)
  return visible(commonmark.parse(markdown, {})) > count(noteText(note))
}

/** Levels a note's headings are moved down in an export. */
const HEADING_SHIFT = 2

/** Reads a note written by {@link noteToExportMarkdown} (the importer's side): its headings move back up. */
export function noteFromExportMarkdown(markdown: string): JSONContent {
  return shiftHeadings(markdownToNote(markdown), -HEADING_SHIFT)
}

function shiftHeadings(node: JSONContent, by: number): JSONContent {
  const attrs = node.type === 'heading' ? { ...node.attrs, level: shiftLevel(node.attrs?.['level'], by) } : node.attrs
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((c) => shiftHeadings(c, by)) } : {}) }
}

function shiftLevel(level: unknown, by: number): number {
  return Math.min(6, Math.max(1, (typeof level === 'number' ? level : 1) + by))
}

/** Whether importing `markdown` as a note and exporting it again gives `markdown`. */
function readsBackTheSame(markdown: string): boolean {
  try {
    return serialize(noteFromExportMarkdown(markdown)) === markdown
  } catch {
    // tiptap's parser can build a note its serializer then fails on (an empty list item).
    return false
  }
}

// A private-use character: never in a note's text (replaced if it ever is), so it can stand for "a backslash goes here".
const ESCAPE = '\uE000'
const ESCAPES = /\uE000/g

/** What {@link prepare} noticed: something whose Markdown must be checked by reading it back. */
interface Seen {
  risky: boolean
}

function serialize(note: JSONContent, seen: Seen = { risky: true }): string {
  return noteToMarkdown(prepare(note, seen)).replace(ESCAPES, '\\')
}

const TEXTBLOCKS = new Set(['paragraph', 'heading'])
const KEPT_MARKS = new Set(['bold', 'italic', 'strike', 'code', 'link'])
const SAFE_LINK = /^(?:https?:|mailto:|exzerpt:)/i
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i

/** A copy of the note with unsafe marks and attributes removed, headings moved down and block syntax escaped. */
function prepare(node: JSONContent, seen: Seen): JSONContent {
  const copy: JSONContent = { type: node.type }
  if (node.attrs) {
    copy.attrs =
      node.type === 'codeBlock'
        ? { ...node.attrs, language: safeLanguage(node.attrs['language']) }
        : node.type === 'heading'
          ? { ...node.attrs, level: shiftLevel(node.attrs['level'], HEADING_SHIFT) }
          : node.attrs
  }
  if (node.type === 'text') {
    const text = node.text ?? ''
    copy.text = text.includes(ESCAPE) ? text.replaceAll(ESCAPE, '\uFFFD') : text
    if (node.marks?.length) {
      const marks = node.marks.flatMap((m) => safeMark(m))
      if (marks.length) copy.marks = marks
    }
    return copy
  }
  if (node.type === 'codeBlock') seen.risky = true
  if (node.content) {
    const children = node.content.map((child) => prepare(child, seen))
    if (node.type && TEXTBLOCKS.has(node.type)) {
      const inline = normalizeLine(children)
      if (!seen.risky && !plainlyMarked(inline)) seen.risky = true
      copy.content = escapeInline(inline)
    } else copy.content = joinLists(children)
  }
  // tiptap's serializer skips a heading without content but writes one with empty content;
  // the stored form differs by where the note came from (editor, import), the export must not.
  if (node.type === 'heading' && !copy.content) copy.content = []
  return copy
}

/**
 * Two lists of the same kind in a row are one list in Markdown (a blank line
 * between items only makes it "loose"), so they are joined here already.
 */
function joinLists(nodes: JSONContent[]): JSONContent[] {
  const out: JSONContent[] = []
  for (const n of nodes) {
    const last = out.at(-1)
    if (last && (n.type === 'bulletList' || n.type === 'orderedList') && last.type === n.type) out[out.length - 1] = { ...last, content: [...(last.content ?? []), ...(n.content ?? [])] }
    else out.push(n)
  }
  return out
}

type Mark = NonNullable<JSONContent['marks']>[number]

function safeMark(mark: Mark): Mark[] {
  if (!KEPT_MARKS.has(mark.type)) return [] // underline would be written as <u>; unknown marks have no Markdown form
  if (mark.type !== 'link') return [{ type: mark.type }]
  const href = safeHref(mark.attrs?.['href'])
  if (href === null) return []
  const title = mark.attrs?.['title']
  // tiptap writes the title between double quotes without escaping; keep it only when that is safe.
  const safeTitle = typeof title === 'string' && /^[^"\\\r\n]+$/.test(title) ? title : null
  return [{ type: 'link', attrs: { href, title: safeTitle } }]
}

/** A link target that cannot run code and cannot break out of `(…)`; null to drop the link (its text stays). */
function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const href = value.trim()
  if (!href || (HAS_SCHEME.test(href) && !SAFE_LINK.test(href))) return null
  const balanced = (href.match(/\(/g)?.length ?? 0) === (href.match(/\)/g)?.length ?? 0)
  return href.replace(/[\s<>"`\\\u0000-\u001f\u007f]|[()]/g, (c) => (c === '(' || c === ')') && balanced ? c : encodeURIComponent(c))
}

function safeLanguage(value: unknown): string | null {
  // tiptap writes it right after the opening fence: a newline or backtick there would end the fence.
  return typeof value === 'string' && /^[\w#+.-]{1,40}$/.test(value) ? value : null
}

/** Puts the escape placeholder before every character of the text that would otherwise start or make structure. */
function escapeInline(nodes: JSONContent[]): JSONContent[] {
  let lineStart = true
  return nodes.map((node, i) => {
    if (!isText(node)) {
      lineStart = node.type === 'hardBreak'
      return node
    }
    if (hasMark(node, 'code')) {
      lineStart = false
      return node
    }
    const before = i > 0 && isText(nodes[i - 1]!) && !hasMark(nodes[i - 1]!, 'code') ? nodes[i - 1]!.text!.at(-1) : undefined
    const text = escapeMarkdown(node.text!, { atLineStart: lineStart, marker: ESCAPE, handled: TIPTAP_HANDLED, before })
    lineStart = node.text!.endsWith('\n')
    return { ...node, text }
  })
}

function withoutEmphasis(node: JSONContent): JSONContent {
  if (node.type === 'text') return node.marks ? { ...node, marks: node.marks.filter((m) => !EMPHASIS.has(m.type)) } : node
  return node.content ? { ...node, content: node.content.map(withoutEmphasis) } : node
}

/** The last resort: the note's words as plain paragraphs. */
function plainNote(note: JSONContent): JSONContent {
  const lines = noteText(note).split('\n').filter((l) => l.trim())
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) }
}
