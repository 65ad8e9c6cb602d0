const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jänner: 1, jän: 1, februar: 2, feb: 2, märz: 3, mär: 3, maerz: 3, mrz: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')
// "12. Juni 2024", "3. Mär. 2023", "19.06.2024", "2024-06-19" — first one found wins.
const DATE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\.\\s*(${MONTH_NAMES})\\.?\\s+(\\d{4})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`,
  'giu',
)

/** How far into a text a stated date is looked for: news articles state it near the top. */
const SEARCH_WINDOW = 1500

/**
 * Finds the date a text states (German forms such as "12. Juni 2024",
 * "am 19. Juni 2024", "19.06.2024", or ISO "2024-06-19"), best effort, within
 * the opening of the text. Returns ISO `YYYY-MM-DD`; impossible dates
 * ("31. Februar") are passed over.
 */
export function findStatedDate(text: string): string | null {
  return matchStatedDate(text)?.iso ?? null
}

/** Like `findStatedDate`, also saying where the date stands in the text. */
export function matchStatedDate(text: string): { iso: string; start: number; end: number } | null {
  const head = text.slice(0, SEARCH_WINDOW)
  for (const m of head.matchAll(DATE_PATTERN)) {
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
