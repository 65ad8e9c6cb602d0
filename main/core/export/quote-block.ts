import type { ParagraphRange } from '../corpus/paragraphs'
import { escapeMarkdown, unescapeMarkdown } from './escape-markdown'

/** A quote as a Markdown blockquote, and what the importer needs besides it to restore the exact characters. */
export interface QuoteBlock {
  /** `> …` lines; paragraphs separated by a lone `>`. */
  markdown: string
  /** Paragraph breaks in this quote are single line breaks (a one-paragraph-per-line document). */
  singleBreaks: boolean
  /** The blockquote cannot say exactly which characters were quoted (white space at line ends, mixed breaks): carry them. */
  lossy: boolean
}

/**
 * Splits a quote into the paragraphs the reader shows. With the document's
 * paragraph ranges (and the quote's offset), paragraph breaks are where the
 * reader breaks — which includes single line breaks in a file with one
 * paragraph per line. Without them (an orphan, or a quote the current text no
 * longer holds), blank lines separate paragraphs.
 */
export function quoteParagraphs(exact: string, start: number | null, paragraphs: readonly ParagraphRange[] | null): string[] {
  if (start === null || paragraphs === null) return exact.split(/\n[ \t]*\n/)
  const end = start + exact.length
  const pieces: string[] = []
  for (const p of paragraphs) {
    if (p.end <= start) continue
    if (p.start >= end) break
    const s = Math.max(p.start, start)
    const e = Math.min(p.end, end)
    if (s < e) pieces.push(exact.slice(s - start, e - start))
  }
  return pieces.length ? pieces : [exact]
}

/**
 * Renders a quote as a blockquote: one `> ` line per line of the text, each
 * escaped so it shows literally ({@link escapeMarkdown}), white space at line
 * ends trimmed (it would mean code or a line break in Markdown), a lone `>`
 * between paragraphs. A line break inside a paragraph (a hard-wrapped file)
 * stays a line break, which Markdown shows as a space, as the reader does.
 */
export function renderQuote(exact: string, paragraphs: string[]): QuoteBlock {
  const shown = paragraphs.map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean)).filter((lines) => lines.length)
  const markdown = shown.map((lines) => lines.map((line) => `> ${escapeMarkdown(line)}`).join('\n')).join('\n>\n')
  const decoded = shown.map((lines) => lines.join('\n'))
  if (decoded.join('\n\n') === exact) return { markdown, singleBreaks: false, lossy: false }
  if (decoded.join('\n') === exact) return { markdown, singleBreaks: true, lossy: false }
  return { markdown, singleBreaks: false, lossy: true }
}

/**
 * Reads the quote back from a blockquote's source lines (the inverse of
 * {@link renderQuote} when it was not lossy): `>` prefixes removed, escapes
 * undone, lines joined with line breaks, paragraphs with a blank line (or a
 * single line break when the export says `singleBreaks`).
 */
export function readQuote(lines: readonly string[], singleBreaks: boolean): string {
  const paragraphs: string[][] = [[]]
  for (const raw of lines) {
    const line = raw.replace(/^ {0,3}> ?/, '')
    if (line.trim() === '') {
      if (paragraphs.at(-1)!.length) paragraphs.push([])
      continue
    }
    paragraphs.at(-1)!.push(unescapeMarkdown(line))
  }
  return paragraphs
    .filter((p) => p.length)
    .map((p) => p.join('\n'))
    .join(singleBreaks ? '\n' : '\n\n')
}
