import type { RevealTarget } from '../../preload/contract'

/** The URL scheme Exzerpt registers with the operating system. */
export const DEEP_LINK_SCHEME = 'exzerpt'

/**
 * Reads an `exzerpt://open?doc=…&start=…&end=…` link (as written into exported
 * notes). Anything else — another action, a missing or negative offset, an empty
 * range — is refused with `null`: the link comes from outside the app and is
 * only ever used to scroll the reader, never to name a file.
 */
export function parseDeepLink(url: string): RevealTarget | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${DEEP_LINK_SCHEME}:`) return null
  // "exzerpt://open?…" puts "open" in the host; "exzerpt:open?…" in the path.
  const action = parsed.host || parsed.pathname.replace(/^\/+/, '')
  if (action !== 'open') return null
  const docId = parsed.searchParams.get('doc')
  const start = Number(parsed.searchParams.get('start'))
  const end = Number(parsed.searchParams.get('end'))
  if (!docId || docId.length > 4096 || docId.includes('\0')) return null
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) return null
  return { docId, start, end }
}

/** The first exzerpt:// argument on a command line (Windows and Linux pass links to a new instance that way). */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null
}
