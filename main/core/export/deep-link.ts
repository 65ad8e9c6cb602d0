import { isRecordId } from '../notebook/record-id'

/** The URL scheme Exzerpt registers with the operating system. */
export const DEEP_LINK_SCHEME = 'exzerpt'

/** The parts of an `exzerpt://open` link. */
export interface DeepLink {
  docId: string
  /** The passage; absent in a memo's link to its document. */
  start?: number
  end?: number
  /** The highlight's id, so the app can open the highlight itself while it exists. */
  highlightId?: string
}

// encodeURIComponent leaves ( ) ! * ' ~ alone; parentheses would end a Markdown link destination.
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** `exzerpt://open?doc=…&start=…&end=…&h=…`, every value URL-encoded. */
export function deepLink(link: DeepLink): string {
  let url = `${DEEP_LINK_SCHEME}://open?doc=${encode(link.docId)}`
  if (link.start !== undefined && link.end !== undefined) url += `&start=${link.start}&end=${link.end}`
  if (link.highlightId !== undefined) url += `&h=${encode(link.highlightId)}`
  return url
}

/** Reads a link written by {@link deepLink}; null for anything else (another scheme or action, bad offsets). */
export function parseDeepLink(url: string): DeepLink | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${DEEP_LINK_SCHEME}:` || (parsed.host || parsed.pathname.replace(/^\/+/, '')) !== 'open') return null
  const docId = parsed.searchParams.get('doc')
  // The link may come from outside the app (a browser, another program): it only ever names a
  // document id to look up, never a path, but a NUL or a huge value is refused outright.
  if (!docId || docId.length > 4096 || docId.includes('\0')) return null
  const link: DeepLink = { docId }
  const start = parsed.searchParams.get('start')
  const end = parsed.searchParams.get('end')
  if (start !== null || end !== null) {
    const s = Number(start)
    const e = Number(end)
    if (!Number.isSafeInteger(s) || !Number.isSafeInteger(e) || s < 0 || e <= s) return null
    link.start = s
    link.end = e
  }
  const id = parsed.searchParams.get('h')
  // Anything but an id of ours is ignored (the passage still opens).
  if (id && isRecordId(id)) link.highlightId = id
  return link
}

/** The first exzerpt:// argument on a command line (Windows and Linux pass links to a new instance that way). */
export function deepLinkInArgv(argv: readonly string[]): string | null {
  return argv.find((arg) => arg.startsWith(`${DEEP_LINK_SCHEME}:`)) ?? null
}
