const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jänner: 1, jän: 1, februar: 2, feb: 2, märz: 3, mär: 3, maerz: 3, mrz: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')
// "12. Juni 2024", "3. Mär. 2023", "19.06.2024", "19. 06. 2024", "2024-06-19" (also "2024-06-19T10:00").
const DATE_PATTERN = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `(\\d{1,2})\\.\\s*(${MONTH_NAMES})\\.?\\s+(\\d{4})(?![\\p{L}\\p{N}])` +
    '|(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\p{L}\\p{N}])' +
    '|(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}]|[\\p{L}](?<!T))' +
    ')',
  'giu',
)

/** News articles state their date near the top; a date further down is more likely an event the text mentions. */
const PREFERRED_WINDOW = 1500

/**
 * Finds the date a text states (German forms such as "12. Juni 2024",
 * "am 19. Juni 2024", "3. Mär. 2023", "19.06.2024", or ISO "2024-06-19"), best
 * effort. The first valid date in the opening ~1500 characters wins; only if
 * there is none is the rest of the text searched. Returns ISO `YYYY-MM-DD`;
 * impossible dates ("31. Februar 2024") are passed over.
 */
export function findStatedDate(text: string): string | null {
  return matchStatedDate(text)?.iso ?? null
}

/** Like `findStatedDate`, also saying where the date stands in the text (offsets into it). */
export function matchStatedDate(text: string): { iso: string; start: number; end: number } | null {
  return firstDate(text.slice(0, PREFERRED_WINDOW + 40), PREFERRED_WINDOW) ?? firstDate(text, Infinity, PREFERRED_WINDOW)
}

function firstDate(text: string, startBefore: number, startFrom = 0): { iso: string; start: number; end: number } | null {
  for (const m of text.matchAll(DATE_PATTERN)) {
    if (m.index >= startBefore) break
    if (m.index < startFrom) continue
    const [, d1, monthName, y1, d2, m2, y2, y3, m3, d3] = m
    const year = Number(y1 ?? y2 ?? y3)
    const month = monthName ? MONTHS[monthName.toLowerCase()] : Number(m2 ?? m3)
    const day = Number(d1 ?? d2 ?? d3)
    if (month && isValidDate(year, month, day)) {
      return { iso: `${year}-${pad(month)}-${pad(day)}`, start: m.index, end: m.index + m[0].length }
    }
  }
  return null
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
