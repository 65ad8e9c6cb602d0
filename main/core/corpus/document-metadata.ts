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

/**
 * Bumped when the way titles, dates or counts are read changes: saved indexes
 * (which keep them per document and search titles) are rebuilt then.
 * 1: first line. 2: consent and paywall banners and a short kicker line above the headline are skipped.
 */
export const METADATA_VERSION = 2

const TITLE_MAX = 200
/** Lines looked at for a title: a banner block rarely runs longer. */
const TITLE_LINES = 30
// A word starts with a letter: bare numbers ("2024", "19.") are not words for counting purposes.
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu

/**
 * Title, stated date and counts of a canonical text. The title is the HTML
 * title when given, else the first line of the article, found as a scraped page
 * needs it: a cookie, consent, ad-blocker or subscription banner at the top is
 * skipped; a line that is only a date (scraped articles often start with one) is
 * the date, and the next line the title; a kicker of up to three words above a
 * headline ("Washington Post", "Nahost-Konflikt") gives way to the headline.
 */
export function extractMetadata(text: string, htmlTitle?: string | null): DocumentMetadata {
  let title = collapse(htmlTitle ?? '')
  if (!title) title = titleFromLines(firstNonEmptyLines(text, TITLE_LINES))
  return {
    title: capTitle(title) || '(empty document)',
    date: findStatedDate(text),
    chars: text.length,
    words: countWords(text),
  }
}

function titleFromLines(all: string[]): string {
  // A banner opens with a line that speaks to the reader ("… verwenden wir Cookies"), so a
  // headline about cookies is not taken for one; once in the banner, its other lines follow.
  const end = all[0] !== undefined && BANNER.test(all[0]) && ADDRESS.test(all[0]) ? all.findIndex((line, i) => i > 0 && !isBannerLine(line)) : 0
  const lines = end < 0 ? all : all.slice(end)
  const [first = '', second] = lines
  if (second === undefined) return first
  if (isOnlyDate(first) || isKicker(first, second)) return second
  return first
}

/**
 * Lines of the consent, ad-blocker and paywall banners that scrapers catch above
 * articles (German and English).
 */
const BANNER =
  /cookie|datenschutz|einwilligung|zustimm|akzeptier|ad-?blocker|werbeblock|werbepartner|werbefrei|weiterlesen|im ersten monat|exklusiv-artikel|jetzt testen|\babo(?:nnement|nnieren)?\b|bereits gekauft|loggen|seite aktualisieren|weitere informationen|^anzeige$|^werbung$|privacy|consent|subscribe|sign in|accept all/i
/** Words that address the reader, as banners do and headlines rarely. */
const ADDRESS = /\b(?:sie|ihnen|ihre[nmrs]?|wir|uns|unser\w*|you|your|we|our)\b/i

function isBannerLine(line: string): boolean {
  // A fragment ". Danach können Sie …" starts with punctuation: the rest of a banner line.
  return BANNER.test(line) || /^[.,;:)]/.test(line)
}

const TERMINAL = /[.!?:;]$/u

/** A short label above a headline: up to three words, no sentence, and a headline (not a sentence) after it. */
function isKicker(line: string, next: string): boolean {
  const words = line.split(' ').length
  return words <= 3 && !TERMINAL.test(line) && next.split(' ').length >= 4 && !/[.!?]$/u.test(next) && next.length <= TITLE_MAX
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
