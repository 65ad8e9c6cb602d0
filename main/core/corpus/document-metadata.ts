import { findStatedDate, matchStatedDate } from './find-stated-date'

// The date finder lives in its own file; it is part of this module's public face too.
export { findStatedDate }

export interface DocumentMetadata {
  title: string
  /** Stated date, ISO `YYYY-MM-DD`, or null. */
  date: string | null
  chars: number
  words: number
}

const TITLE_MAX = 200
// A word starts with a letter: bare numbers ("2024", "19.") are not words for counting purposes.
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu

/**
 * Title, stated date and counts of a canonical text. The title is the HTML
 * title when given, else the first non-empty line — unless that line is only
 * a date (scraped articles often start with one): then the next line is the
 * title and the line is the date.
 */
export function extractMetadata(text: string, htmlTitle?: string | null): DocumentMetadata {
  let title = collapse(htmlTitle ?? '')
  if (!title) {
    const [first = '', second] = firstNonEmptyLines(text, 2)
    title = second !== undefined && isOnlyDate(first) ? second : first
  }
  return {
    title: capTitle(title) || '(empty document)',
    date: findStatedDate(text),
    chars: text.length,
    words: countWords(text),
  }
}

function firstNonEmptyLines(text: string, count: number): string[] {
  const lines: string[] = []
  let start = 0
  // Walk line by line rather than split(): documents can be megabytes and only the top matters.
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = collapse(text.slice(start, end))
    if (line) lines.push(line)
    start = end + 1
  }
  return lines
}

function capTitle(title: string): string {
  if (title.length <= TITLE_MAX) return title
  // Never cut a surrogate pair in half.
  return `${title.slice(0, TITLE_MAX - 1).replace(/[\uD800-\uDBFF]$/, '').trimEnd()}…`
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function countWords(text: string): number {
  let words = 0
  WORD.lastIndex = 0
  while (WORD.exec(text)) words++
  return words
}

const DATE_LINE_WORDS = /^(?:[\s,.:|–-]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|stand|am|den|vom|aktualisiert|veröffentlicht|uhr|\d{1,2}:\d{2})*$/iu

function isOnlyDate(line: string): boolean {
  const date = matchStatedDate(line)
  if (!date) return false
  // A dateline such as "Mittwoch, 12. Juni 2024, 14:30 Uhr" — but not a headline that mentions a date.
  return DATE_LINE_WORDS.test(line.slice(0, date.start) + ' ' + line.slice(date.end))
}
