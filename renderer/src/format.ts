/** Display formatting only: numbers, dates and lengths as the chrome shows them. */

const integer = new Intl.NumberFormat('en-US')
const compact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

export function formatCount(n: number): string {
  return integer.format(n)
}

/** "612 words", "12.4k words". */
export function formatWords(words: number): string {
  const amount = words >= 10_000 ? `${compact.format(words / 1000)}k` : integer.format(words)
  return `${amount} ${words === 1 ? 'word' : 'words'}`
}

/** ISO `YYYY-MM-DD` → "12 Jun 2024"; anything unexpected is shown as given. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date)
}

/** The last path segment of a document id (ids use `/`). */
export function fileName(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? path : path.slice(slash + 1)
}

/** A thrown error in plain words, without Electron's "Error invoking remote method …:" wrapper. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/^Error invoking remote method '[^']*': /, '').replace(/^(\w*Error): /, '')
}

const stampFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })

/** An ISO timestamp as "12 Jun, 14:05" in local time. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : stampFormat.format(date)
}
