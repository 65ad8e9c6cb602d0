/** Longest tag name accepted (a tag is a label, not a note). */
export const MAX_TAG_NAME = 120

/**
 * A tag name as stored: trimmed, inner white space collapsed, no spaces around "/"
 * and no empty levels ("Akteure / / Russland " → "Akteure/Russland").
 * Returns "" for a name with nothing in it.
 */
export function normalizeTagName(raw: string): string {
  return raw
    .normalize('NFC')
    .split('/')
    .map((level) => level.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('/')
}

/** Tag names compare without regard to case ("akteure" is "Akteure"). */
export function tagKey(name: string): string {
  return name.toLocaleLowerCase('de')
}

/** Whether `name` is `ancestor` itself or lies below it ("Akteure/Russland" is under "Akteure"). */
export function isSameOrBelow(name: string, ancestor: string): boolean {
  const n = tagKey(name)
  const a = tagKey(ancestor)
  return n === a || n.startsWith(`${a}/`)
}
