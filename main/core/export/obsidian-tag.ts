/**
 * A tag name as an Obsidian tag: `#Akteure/Russland`, `#Naher-Osten`.
 *
 * Obsidian tags are letters, digits, `-`, `_` and `/` (nesting, like ours),
 * without spaces. Spaces and anything else (punctuation, symbols) become `-`;
 * `_` does too, because `#_a_` would read as emphasis in CommonMark. So the
 * written form is plain text in every renderer and needs no escaping. Different
 * names can share a form ("Naher Osten", "Naher-Osten"); the export then says
 * which names a highlight carries in its data line, and the codebook maps forms
 * back to names on import.
 */
export function obsidianTag(name: string): string {
  const levels = name.split('/').map((level) =>
    level
      .replace(/[^\p{L}\p{N}\p{M}-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-(?=.)|(?<=.)-$/g, ''),
  )
  return `#${levels.join('/')}`
}

/**
 * The Obsidian tags written in a citation line: words starting with `#` after
 * the link (the title before it is escaped, so a `#` there is never a tag).
 */
export function readTags(text: string): string[] {
  return text.split(/\s+/).filter((word) => /^#[\p{L}\p{N}\p{M}/-]+$/u.test(word))
}
