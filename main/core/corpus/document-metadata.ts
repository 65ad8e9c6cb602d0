import { findStatedDate, matchStatedDate } from './find-stated-date'

export interface DocumentMetadata {
  title: string
  /** Stated date, ISO `YYYY-MM-DD`, or null. */
  date: string | null
  chars: number
  words: number
}

const TITLE_MAX = 200
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu

/**
 * Title, stated date and counts of a canonical text. The title is the HTML
 * title when given, else the first non-empty line — unless that line is only
 * a date (scraped articles often start with one): then the next line is the
 * title and the line is the date.
 */
export function extractMetadata(text: string, htmlTitle?: string | null): DocumentMetadata {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean)
  let title = htmlTitle?.trim() || ''
  if (!title) {
    const first = lines[0] ?? ''
    title = isOnlyDate(first) && lines[1] ? lines[1] : first
  }
  if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`
  return {
    title: title || '(empty document)',
    date: findStatedDate(text),
    chars: text.length,
    words: text.match(WORD)?.length ?? 0,
  }
}

const DATE_LINE_WORDS = /^(?:[\s,.:|–-]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|stand|am|den|vom|aktualisiert|veröffentlicht|uhr|\d{1,2}:\d{2})*$/iu

function isOnlyDate(line: string): boolean {
  const date = matchStatedDate(line)
  if (!date) return false
  // A dateline such as "Mittwoch, 12. Juni 2024, 14:30 Uhr" — but not a headline that mentions a date.
  return DATE_LINE_WORDS.test(line.slice(0, date.start) + ' ' + line.slice(date.end))
}
