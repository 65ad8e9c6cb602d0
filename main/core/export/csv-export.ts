import type { JSONContent } from '@tiptap/core'
import { currentRange } from '../notebook/highlight-query'
import { noteText } from '../notebook/note/note-text'
import type { ExportItem } from './collect-export'

/** The CSV's columns, in order. */
export const CSV_COLUMNS = ['document', 'title', 'quote', 'start', 'end', 'tags', 'note', 'status', 'color', 'id', 'created'] as const

/**
 * Highlights as CSV for spreadsheets (RFC 4180), one row per highlight:
 *
 * - records end with CRLF; a field is quoted when it holds `"`, `,`, CR or LF,
 *   with `"` doubled — line breaks inside a quote stay inside its cell;
 * - a UTF-8 byte-order mark comes first: without it Excel reads UTF-8 as the
 *   Windows code page and every umlaut breaks (LibreOffice and pandas skip it);
 * - a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
 *   (OWASP's advice against formula injection): quotes come from scraped web
 *   pages, and a spreadsheet must not run `=HYPERLINK(…)` from them. The `'` is
 *   visible in the cell; the exact text is in the Markdown export;
 * - the note is plain text (its words, paragraphs as line breaks): a cell is
 *   no place for Markdown; start/end are where the passage is now (empty for an
 *   orphan); tags are full names joined with "; ".
 */
export function highlightsToCsv(items: readonly ExportItem[], options: { includeNotes: boolean }): string {
  const rows: string[] = [CSV_COLUMNS.join(',')]
  for (const item of items) {
    const h = item.highlight
    const range = currentRange(h)
    const cells = [
      text(item.doc.id),
      text(item.doc.title),
      text(h.quote.exact),
      range ? String(range.start) : '',
      range ? String(range.end) : '',
      text(item.tags.map((t) => t.name).join('; ')),
      options.includeNotes ? text(noteText(h.note as JSONContent | null)) : '',
      h.status,
      text(h.color),
      text(h.id),
      text(h.createdAt),
    ]
    rows.push(cells.join(','))
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}

/** A text cell: guarded against formula injection, then quoted when RFC 4180 requires it. */
function text(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}
