/** A parsed search query. Words are as typed; the analyzer turns them into terms. */
export interface ParsedQuery {
  /** Words that must match (any-match when no document has them all). */
  terms: string[]
  /** Exact phrases, checked against the canonical text. */
  phrases: string[]
  /** Words whose documents are excluded (`-word`). */
  excluded: string[]
  /** The last word is still being typed: match it as a prefix. */
  prefixLast: boolean
}

/** A query that cannot be run; the message is one plain line for the UI or the CLI. */
export class QuerySyntaxError extends Error {}

// Straight quotes and the German/typographic pairs: „…“ “…” »…« «…»
const QUOTES: Record<string, string> = { '"': '"', '„': '“', '“': '”', '»': '«', '«': '»' }
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu

/**
 * Parses the query syntax: words, "quoted phrases" (also „German quotes“),
 * and `-word` exclusions. Throws `QuerySyntaxError` for an unclosed quote, an
 * empty query, or a query that only excludes.
 */
export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = []
  const phrases: string[] = []
  const excluded: string[] = []
  let i = 0
  let lastWasWord = false
  while (i < input.length) {
    const ch = input[i]!
    if (/\s/.test(ch)) {
      i++
      lastWasWord = false
      continue
    }
    const close = QUOTES[ch]
    if (close !== undefined) {
      // „…“ may also be closed with a straight quote or ”, as people type them.
      const end = findClosing(input, i + 1, close)
      if (end < 0) throw new QuerySyntaxError(`Close the quote: ${ch}${input.slice(i + 1).trim()} has no closing quote.`)
      const phrase = input.slice(i + 1, end).trim()
      if (phrase.match(WORD)) phrases.push(phrase.replace(/\s+/g, ' '))
      i = end + 1
      lastWasWord = false
      continue
    }
    let j = i
    while (j < input.length && !/\s/.test(input[j]!) && QUOTES[input[j]!] === undefined) j++
    const chunk = input.slice(i, j)
    i = j
    const negative = chunk.startsWith('-') && chunk.length > 1
    const words = (negative ? chunk.slice(1) : chunk).match(WORD) ?? []
    if (negative) excluded.push(...words)
    else terms.push(...words)
    lastWasWord = words.length > 0 && !negative
  }
  if (!terms.length && !phrases.length) {
    throw new QuerySyntaxError(excluded.length ? 'Add a word to search for: a query cannot only exclude.' : 'Type a word to search for.')
  }
  return { terms, phrases, excluded, prefixLast: lastWasWord && i === input.length && !/\s$/.test(input) }
}

function findClosing(input: string, from: number, close: string): number {
  for (let k = from; k < input.length; k++) {
    const c = input[k]!
    if (c === close || c === '"' || c === '”' || c === '“') return k
  }
  return -1
}
