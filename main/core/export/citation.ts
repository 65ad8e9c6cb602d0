import { codeSpan, escapeMarkdown } from './escape-markdown'

/** Where a cited passage sits, as the citation line shows it. */
export type CitedPlace =
  | { kind: 'passage'; paragraphs: [number, number] | null; start: number; end: number; changed: boolean }
  | { kind: 'not-found' }
  | { kind: 'document-gone' }

export interface CitationInput {
  title: string
  /** Stated date (ISO), when the text gives one. */
  date: string | null
  /** The document's id: its path in the corpus. */
  file: string
  place: CitedPlace
  link: string
  /** Obsidian tags, `#` included. */
  tags: string[]
}

/**
 * The line under a quote: title, stated date, file, paragraph(s) and character
 * range (UTF-16 offsets into the canonical text, end exclusive, as everywhere in
 * Exzerpt), a link that opens the passage in the app, the tags. Example:
 * `— *Titel*, 2024-06-19, `001.txt`, ¶ 2, chars 75–201 · [open in Exzerpt](exzerpt://…) · #Akteure/Russland`
 */
export function citationLine(c: CitationInput): string {
  const parts = [`— *${escapeMarkdown(c.title, { atLineStart: false })}*`]
  if (c.date) parts.push(c.date)
  parts.push(codeSpan(c.file))
  const place = c.place
  if (place.kind === 'passage') {
    const [first, last] = place.paragraphs ?? [null, null]
    if (first !== null) parts.push(first === last ? `¶ ${first}` : `¶ ${first}–${last}`)
    parts.push(`chars ${place.start}–${place.end}${place.changed ? ' (text changed, awaiting review)' : ''}`)
  } else {
    parts.push(place.kind === 'not-found' ? 'passage not found in the current text' : 'document no longer in the corpus')
  }
  let line = `${parts.join(', ')} · [open in Exzerpt](${c.link})`
  if (c.tags.length) line += ` · ${c.tags.join(' ')}`
  return line
}
