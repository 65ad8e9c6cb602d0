export interface ParagraphRange {
  start: number
  end: number
}

export interface ParagraphOptions {
  /**
   * What a single line break inside a block of lines means. `'join'`: never a
   * paragraph break (only blank lines separate paragraphs). `'auto'` (default):
   * joined when the document looks hard-wrapped, else a paragraph break.
   */
  lineBreaks?: 'auto' | 'join'
}

/** Lines up to this length, ending mid-sentence, look like a hard-wrapped file (72–80 columns typically). */
const WRAP_WIDTH = 100

/**
 * Splits canonical text into paragraphs: ranges into `text`, trimmed of
 * surrounding whitespace. Blank (empty or whitespace-only) lines always
 * separate paragraphs. With the default `lineBreaks: 'auto'`, a single line
 * break separates them too unless the document is hard-wrapped (most lines
 * break mid-sentence near a fixed width): scraped articles often put one
 * paragraph per line with no blank lines at all (two of the five bundled
 * documents do), and showing them as one wall of text would be wrong, while
 * hard-wrapped text shown line by line would be too. A paragraph's inner
 * '\n' is meant to be displayed as a space, so offsets stay 1:1.
 */
export function paragraphRanges(text: string, options: ParagraphOptions = {}): ParagraphRange[] {
  const lines: ParagraphRange[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start: lineStart, end: i })
      lineStart = i + 1
    }
  }
  const blank = (r: ParagraphRange) => text.slice(r.start, r.end).trim() === ''
  const joinSingleBreaks = options.lineBreaks === 'join' || isHardWrapped(text, lines, blank)

  const paragraphs: ParagraphRange[] = []
  let open: ParagraphRange | null = null
  const close = () => {
    if (open) paragraphs.push(trimRange(text, open))
    open = null
  }
  for (const line of lines) {
    if (blank(line)) {
      close()
      continue
    }
    if (open && joinSingleBreaks) open.end = line.end
    else {
      close()
      open = { ...line }
    }
  }
  close()
  return paragraphs
}

function isHardWrapped(text: string, lines: ParagraphRange[], blank: (r: ParagraphRange) => boolean): boolean {
  let followed = 0
  let nearWidth = 0
  let long = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!
    if (line.end - line.start > WRAP_WIDTH) long++
    if (blank(line) || blank(lines[i + 1]!)) continue
    followed++
    const length = line.end - line.start
    const ending = text.slice(Math.max(line.start, line.end - 1), line.end)
    if (length >= 40 && !/[.!?:“"»]/.test(ending)) nearWidth++
  }
  // A few long lines (a URL, a table row) do not make a one-line-per-paragraph file.
  return followed >= 3 && long <= lines.length * 0.1 && nearWidth / followed >= 0.6
}

function trimRange(text: string, range: ParagraphRange): ParagraphRange {
  let { start, end } = range
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** Index of the paragraph containing `offset`, else of the next one after it; -1 when there is none. */
export function paragraphIndexAt(ranges: readonly ParagraphRange[], offset: number): number {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo < ranges.length ? lo : -1
}
