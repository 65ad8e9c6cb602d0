import { describe, expect, it } from 'vitest'
import type { Highlight, Tag } from '../notebook/notebook-schema'
import type { ExportItem } from './collect-export'
import { CSV_COLUMNS, highlightsToCsv } from './csv-export'

/** RFC 4180 read back (the inverse of what a spreadsheet does on open). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    else cell += c
  }
  return rows
}

const tag: Tag = { id: 't1', name: 'Akteure/Russland', color: null, description: '' }
function item(overrides: Partial<Highlight>, note: unknown = null): ExportItem {
  const h: Highlight = {
    id: 'h1',
    docId: '001.txt',
    docHash: 'x',
    position: { start: 5, end: 30 },
    quote: { exact: 'Zitat, mit "Anführung"\nund Zeile', prefix: '', suffix: '' },
    status: 'exact',
    color: 'green',
    tagIds: ['t1'],
    note,
    createdAt: '2024-06-20T10:00:00.000Z',
    updatedAt: '2024-06-20T10:00:00.000Z',
    ...overrides,
  }
  return { highlight: h, doc: { id: h.docId, title: 'Titel, mit Komma', date: null, present: true }, tags: [tag], place: { kind: 'not-found' }, quote: { markdown: '', singleBreaks: false, lossy: false }, note: '' }
}

describe('highlightsToCsv', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting only where needed, and reads back', () => {
    const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Notiz ' }, { type: 'text', text: 'fett', marks: [{ type: 'bold' }] }] }] }
    const csv = highlightsToCsv([item({}, note)], { includeNotes: true })
    expect(csv.startsWith('\uFEFFdocument,title,quote,start,end,tags,note,status,color,id,created\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows[1]).toEqual(['001.txt', 'Titel, mit Komma', 'Zitat, mit "Anführung"\nund Zeile', '5', '30', 'Akteure/Russland', 'Notiz fett', 'exact', 'green', 'h1', '2024-06-20T10:00:00.000Z'])
  })

  it('guards cells that a spreadsheet would run as a formula, and leaves an orphan without offsets', () => {
    const csv = highlightsToCsv([item({ status: 'orphaned', quote: { exact: '=HYPERLINK("http://evil","klick")', prefix: '', suffix: '' } }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '+49 30 1234' }] }] })], { includeNotes: true })
    const row = parseCsv(csv.slice(1))[1]!
    expect(row[2]).toBe('\'=HYPERLINK("http://evil","klick")')
    expect(row[6]).toBe("'+49 30 1234")
    expect(row.slice(3, 5)).toEqual(['', ''])
    expect(row[7]).toBe('orphaned')
    expect(parseCsv(highlightsToCsv([item({}, { type: 'doc' })], { includeNotes: false }).slice(1))[1]![6]).toBe('')
  })
})
