/** Link targets a note may hold: the web and e-mail. Anything else (file:, javascript:, app schemes) could run or reveal something. */
export const NOTE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

/** Whether a note's link may be stored and opened. */
export function isAllowedNoteLink(href: string): boolean {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return false
  }
  return (NOTE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)
}
