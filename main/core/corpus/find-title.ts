import { matchStatedDate } from './find-stated-date'

/** Lines looked at for a title: a banner block rarely runs longer. */
const TITLE_LINES = 30
/** Longest title kept (longer ones are cut with "…"); also the longest line taken for a headline. */
export const TITLE_MAX = 200

interface Line {
  text: string
  /** Whether a blank line came before it. */
  afterBlank: boolean
}

/**
 * The title line of a plain text, read as a scraped news page needs it:
 *
 * - a consent or ad-blocker banner at the top is skipped. It must open with a
 *   sentence that speaks to the reader about cookies or ad blockers ("Um Ihnen …
 *   verwenden wir Cookies."), so a headline such as "Datenschutz: Wie Sie Ihre
 *   Daten schützen" is never taken for one; after that opening, lines with the
 *   banners' own phrases (paywall offers, "Weitere Informationen", fragments) go too;
 * - a line that is only a date ("12. Juni 2024") is the dateline: the next line is the title;
 * - a kicker of up to three words directly above a headline ("Washington Post",
 *   "Nahost-Konflikt") gives way to the headline, unless the next line is a byline,
 *   follows a blank line, or is the start of a wrapped paragraph.
 *
 * Falls back to the first non-empty line.
 */
export function findTitle(text: string): string {
  const all = topLines(text, TITLE_LINES)
  const end = all[0] && opensBanner(all[0].text) ? all.findIndex((line, i) => i > 0 && !inBanner(line.text)) : 0
  const lines = end < 0 ? all : all.slice(end)
  const [first, second, third] = lines
  if (!first) return ''
  if (!second) return first.text
  if (isOnlyDate(first.text) || isKicker(first, second, third)) return second.text
  return first.text
}

/** A sentence addressing the reader about cookies, consent or ad blockers: how such banners open. */
const BANNER_OPENING = /cookie|ad-?blocker|werbeblock|einwilligung|consent/i
/** Words that address the reader. */
const ADDRESS = /\b(?:sie|ihnen|ihre[nmrs]?|wir|uns|unser\w*|you|your|we|our)\b/i
/** Phrases of consent, ad-blocker and paywall banners (German and English), specific enough not to be news. */
const BANNER_PHRASE =
  /cookie|ad-?blocker|werbeblock|werbepartner|werbefrei|gratis weiterlesen|im ersten monat|exklusiv-artikel|bereits gekauft|loggen sie sich|seite aktualisieren|weitere informationen|^anzeige$|^werbung$|privacy|consent|subscribe|sign in|accept all/i

function opensBanner(line: string): boolean {
  return /[.!]$/.test(line) && BANNER_OPENING.test(line) && ADDRESS.test(line)
}

function inBanner(line: string): boolean {
  // A fragment ". Danach können Sie …" starts with punctuation: the rest of a banner line.
  return BANNER_PHRASE.test(line) || /^[.,;:)]/.test(line)
}

const BYLINE = /^(?:von|by|text:|fotos?:|aus dem)\s/i

function isKicker(line: Line, next: Line, after: Line | undefined): boolean {
  const words = line.text.split(' ').length
  if (words > 3 || /[.!?:;]$/u.test(line.text) || line.text.startsWith('#')) return false
  if (next.afterBlank || BYLINE.test(next.text)) return false
  const headline = next.text.split(' ').length >= 4 && !/[.!?,]$/u.test(next.text) && next.text.length <= TITLE_MAX
  // A wrapped paragraph goes on in lower case on the following line; a headline does not.
  const continues = after !== undefined && !after.afterBlank && /^\p{Ll}/u.test(after.text)
  return headline && !continues
}

const DATE_LINE_WORDS = /^(?:[\s,.:|–-]|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|stand|am|den|vom|aktualisiert|veröffentlicht|uhr|\d{1,2}:\d{2})*$/iu

function isOnlyDate(line: string): boolean {
  const date = matchStatedDate(line)
  if (!date) return false
  // A dateline such as "Mittwoch, 12. Juni 2024, 14:30 Uhr" — but not a headline that mentions a date.
  return DATE_LINE_WORDS.test(line.slice(0, date.start) + ' ' + line.slice(date.end))
}

function topLines(text: string, count: number): Line[] {
  const lines: Line[] = []
  let start = 0
  let blank = false
  // Walk line by line rather than split(): documents can be megabytes and only the top matters.
  while (lines.length < count && start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end).replace(/\s+/g, ' ').trim()
    if (line) lines.push({ text: line, afterBlank: blank && lines.length > 0 })
    blank = !line
    start = end + 1
  }
  return lines
}
