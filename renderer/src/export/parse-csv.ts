/**
 * Reads the export's CSV back into rows for the preview table (RFC 4180: quoted
 * fields with doubled quotes and line breaks inside; CRLF or LF records). The
 * byte-order mark the exporter writes for Excel is dropped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  // A last record without a line break.
  if (field !== '' || row.length) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
