/**
 * The machine-readable part of an export: one line per highlight, memo and
 * codebook, written as a CommonMark *link reference definition*:
 *
 *     [exzerpt:highlight]: # '{"prefix":"…","suffix":"…","created":"…"}'
 *
 * Why this carrier: a reference definition is part of CommonMark itself and is
 * never rendered — by any CommonMark renderer, whether or not it lets raw HTML
 * through (an HTML comment shows as text in renderers that escape HTML, e.g.
 * markdown-it's default) — and it cannot be mistaken for content: our own text
 * escapes `[`, so no quote or note can produce one. The JSON is compact and
 * holds only what a reader does not need to see (ids are in the deep link).
 */

export type DataKind = 'highlight' | 'memo' | 'codebook'

const LINE = /^\[exzerpt:(highlight|memo|codebook)\]: # '(.*)'\s*$/

/** The definition line carrying `data` (JSON; `'` is written as `\u0027` so the title quotes stay balanced). */
export function dataLine(kind: DataKind, data: Record<string, unknown>): string {
  return `[exzerpt:${kind}]: # '${JSON.stringify(data).replace(/'/g, '\\u0027')}'`
}

/** Reads a line written by {@link dataLine}; null when the line is not one. Throws on a damaged one. */
export function parseDataLine(line: string): { kind: DataKind; data: Record<string, unknown> } | null {
  const match = LINE.exec(line)
  if (!match) return null
  const data: unknown = JSON.parse(match[2]!)
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SyntaxError('the data is not an object')
  return { kind: match[1] as DataKind, data: data as Record<string, unknown> }
}
