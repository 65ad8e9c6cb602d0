/**
 * All start offsets of `needle` in `text`, including overlapping ones
 * ("aa" in "aaa" → [0, 1]), ascending. Empty needles have no occurrences.
 */
export function findOccurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle.length === 0) return found
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push(at)
  }
  return found
}
