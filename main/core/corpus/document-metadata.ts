import { findStatedDate } from './find-stated-date'
import { findTitle, TITLE_MAX } from './find-title'

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
 * 3: the same, with stricter rules (a headline that addresses the reader, a byline, a wrapped paragraph).
 */
export const METADATA_VERSION = 3

// A word starts with a letter: bare numbers ("2024", "19.") are not words for counting purposes.
const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*/gu

/**
 * Title, stated date and counts of a canonical text. The title is the HTML
 * title when given, else the title line of the text ({@link findTitle}: the first
 * line, past a consent banner, a dateline or a kicker).
 */
export function extractMetadata(text: string, htmlTitle?: string | null): DocumentMetadata {
  let title = collapse(htmlTitle ?? '')
  // findTitle's lines are already collapsed.
  if (!title) title = findTitle(text)
  return {
    title: capTitle(title) || '(empty document)',
    date: findStatedDate(text),
    chars: text.length,
    words: countWords(text),
  }
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
