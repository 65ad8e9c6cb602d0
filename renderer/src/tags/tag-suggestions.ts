import type { TagView } from '../../../preload/contract'

const MAX = 8

/**
 * Known tags for what is being typed: names where a level starts with the text
 * come first, then names containing it; tags already chosen are left out.
 * (Display only: the stored names and their rules are main's.)
 */
export function tagSuggestions(tags: readonly TagView[], text: string, chosen: readonly string[]): TagView[] {
  const needle = text.trim().toLocaleLowerCase('de')
  const taken = new Set(chosen.map((name) => name.toLocaleLowerCase('de')))
  const open = tags.filter((tag) => !taken.has(tag.name.toLocaleLowerCase('de')))
  if (!needle) return open.slice(0, MAX)
  const starts: TagView[] = []
  const contains: TagView[] = []
  for (const tag of open) {
    const name = tag.name.toLocaleLowerCase('de')
    if (name === needle || name.startsWith(needle) || name.includes(`/${needle}`)) starts.push(tag)
    else if (name.includes(needle)) contains.push(tag)
  }
  const exact = (tag: TagView) => (tag.name.toLocaleLowerCase('de') === needle ? 0 : 1)
  return [...starts.sort((a, b) => exact(a) - exact(b)), ...contains].slice(0, MAX)
}
