/** Longest base name we write (characters; the byte limit is checked too). */
const MAX_CHARS = 100
/** Most file systems allow 255 bytes per name; stay well below for the extension and a " (2)". */
const MAX_BYTES = 200

// Forbidden on Windows or macOS (/ \ : * ? " < > |), control characters, and what breaks an
// Obsidian [[link]] to the note (# ^ [ ]).
const FORBIDDEN = /[/\\:*?"<>|#^[\]\u0000-\u001f\u007f]+/g
const RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/**
 * A file name for a note made from a title, safe on Windows, macOS and Linux
 * and as an Obsidian link target: forbidden characters become spaces, leading
 * dots are dropped (a hidden file would vanish from the vault and from
 * Exzerpt's own scan), trailing dots and spaces too (Windows drops them),
 * reserved device names get a "_", long titles are cut at a word. Names are
 * unique in `taken` without regard to case (macOS and Windows do not tell
 * "A.md" from "a.md"): a repeat gets " (2)", " (3)"… `taken` is updated.
 */
export function safeFileName(title: string, taken: Set<string>, extension = '.md'): string {
  let base = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim()
  base = base.replace(/^[.\s]+/, '')
  base = cut(base)
  base = base.replace(/[.\s]+$/, '')
  if (!base) base = 'Untitled'
  if (RESERVED.test(base)) base += '_'
  let name = `${base}${extension}`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})${extension}`
  taken.add(name.toLowerCase())
  return name
}

function cut(text: string): string {
  let out = text
  if (out.length > MAX_CHARS) {
    const slice = out.slice(0, MAX_CHARS)
    const space = slice.lastIndexOf(' ')
    out = space > MAX_CHARS * 0.6 ? slice.slice(0, space) : slice
  }
  while (Buffer.byteLength(out, 'utf8') > MAX_BYTES) out = out.slice(0, -1)
  // Never end between the two halves of a surrogate pair.
  return out.replace(/[\uD800-\uDBFF]$/, '')
}
