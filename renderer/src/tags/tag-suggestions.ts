import type { TagView } from '../../../preload/contract'
import { normalizeTagName, tagKey } from '../../../main/core/notebook/tags/tag-names'

const MAX = 8

/** The key a typed or stored tag name is known by (main's rules: NFC, spaces collapsed, none around "/", case ignored). */
export function tagIdentity(name: string): string {
  return tagKey(normalizeTagName(name))
}

/**
 * Known tags for what is being typed: names where a level starts with the text
 * come first, then names containing it; tags already chosen are left out.
 */
export function tagSuggestions(tags: readonly TagView[], text: string, chosen: readonly string[]): TagView[] {
  const needle = tagIdentity(text)
  const taken = new Set(chosen.map(tagIdentity))
  const open = tags.filter((tag) => !taken.has(tagKey(tag.name)))
  if (!needle) return open.slice(0, MAX)
  const starts: TagView[] = []
  const contains: TagView[] = []
  for (const tag of open) {
    const name = tagKey(tag.name)
    if (name === needle || name.startsWith(needle) || name.includes(`/${needle}`)) starts.push(tag)
    else if (name.includes(needle)) contains.push(tag)
  }
  const exact = (tag: TagView) => (tagKey(tag.name) === needle ? 0 : 1)
  return [...starts.sort((a, b) => exact(a) - exact(b)), ...contains].slice(0, MAX)
}
