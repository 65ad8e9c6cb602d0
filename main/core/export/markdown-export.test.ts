import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Notebook } from '../notebook/notebook'
import { tempCorpus } from '../testing/temp-corpus'
import { Workspace } from '../workspace/workspace'
import { parseDeepLink } from './deep-link'
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './export-options'
import { buildExport } from './markdown-export'
import { buildSampleNotebook, commonmark, gfmSafe, squash, structureOf } from './test-support'

// Fixed ids and clock, so the golden files only change when the format does.
const ids = vi.hoisted(() => ({ next: 0 }))
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return { ...actual, randomUUID: () => `00000000-0000-4000-8000-${String(++ids.next).padStart(12, '0')}` }
})

const EXPORTED = new Date('2024-06-20T12:00:00.000Z')
let ws: Workspace
let nb: Notebook

beforeEach(async () => {
  ids.next = 0
  vi.useFakeTimers({ toFake: ['Date'] })
  let minute = 0
  const tick = () => vi.setSystemTime(new Date(Date.UTC(2024, 5, 20, 9, minute++)))
  tick()
  const { base, corpusDir } = await tempCorpus('exzerpt-export-')
  ws = await Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data') })
  nb = await ws.openNotebook()
  await buildSampleNotebook(ws, nb, tick)
})

afterEach(async () => {
  await ws.close()
  vi.useRealTimers()
})

const exportWith = async (options: Partial<ExportOptions> = {}) => buildExport(ws, nb, { ...DEFAULT_EXPORT_OPTIONS, ...options }, EXPORTED)

describe('Markdown export (golden, bundled corpus)', () => {
  it('by document', async () => {
    const { content, counts } = await exportWith()
    await expect(content).toMatchFileSnapshot('__golden__/by-document.md')
    expect(counts).toEqual({ highlights: 5, documents: 5, notes: 3, memos: 2, tags: 3, orphaned: 1 })
  })

  it('by tag: a highlight with two tags under each, untagged last', async () => {
    const { content } = await exportWith({ groupBy: 'tag' })
    await expect(content).toMatchFileSnapshot('__golden__/by-tag.md')
    expect(structureOf(content).headings).toEqual(['1 Exzerpt: corpus', '2 Akteure/Russland', '2 Chronik', '2 Naher Osten', '2 Untagged', '2 Memos', '4 Offene Frage', '2 Codebook'])
  })

  it('as CSV', async () => {
    const { content } = await exportWith({ format: 'csv' })
    await expect(content).toMatchFileSnapshot('__golden__/highlights.csv')
  })

  it('renders in CommonMark as headings, one blockquote per quote and links; nothing from the content becomes structure or HTML', async () => {
    const { content } = await exportWith()
    const highlights = nb.query({ sort: 'position' })
    for (const md of [commonmark, gfmSafe]) {
      const s = structureOf(content, md)
      expect(s.headings).toEqual([
        '1 Exzerpt: corpus',
        '2 Russlands Präsident Putin besucht Nordkorea zum ersten Mal seit 24 Jahren',
        '2 Pjöngjang: Russland und Nordkorea vereinbaren strategische Partnerschaft',
        '2 „Verzweifelt“: Putins Nordkorea-Aufwartung zeigt massive Russland-Kehrtwende auf',
        '2 Berichten zufolge plant der nordkoreanische Machthaber Kim, seinen „Mitstreiter“ Putin in Pjöngjang zu empfangen',
        '2 „Wir werden den Imperialismus gemeinsam bekämpfen“, sagt Nordkoreas Kim zu Wladimir Putin',
        '2 Memos',
        '4 Offene Frage', // a memo's own "## Offene Frage", two levels down
        '2 Codebook',
      ])
      expect(s.blockquotes.map(squash)).toEqual(highlights.map((h) => squash(h.quote.exact)))
      // The lists are the note's own and the codebook; no quote or text became one.
      expect(s.types.has('ordered_list_open')).toBe(false)
      expect(content.match(/^- /gm)).toHaveLength(2 + 3)
      expect([...s.types].filter((t) => t.startsWith('html') || t === 'table_open' || t === 's_open')).toEqual([])
      // The data lines are link reference definitions: never rendered.
      expect(s.html).not.toMatch(/exzerpt:highlight|exzerpt:memo|exzerpt:codebook|prefix|<script/)
      expect(s.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      const cited = s.links.filter((l) => l.startsWith('exzerpt://open?') && l.includes('&h=')).map((l) => parseDeepLink(l))
      expect(cited.map((l) => l?.highlightId)).toEqual(highlights.map((h) => h.id))
    }
  })

  it('one document, and a filter, say so in the front matter', async () => {
    const one = (await exportWith({ scope: 'document', docId: '001_9c5a38ccf7a2ab37.txt' })).content
    expect(one).toContain('title: "Pjöngjang: Russland und Nordkorea vereinbaren strategische Partnerschaft"\n')
    expect(one).toContain('scope: document\ndocument: 001_9c5a38ccf7a2ab37.txt\n')
    expect(structureOf(one).headings).toEqual(['1 Pjöngjang: Russland und Nordkorea vereinbaren strategische Partnerschaft', '2 Memos', '2 Codebook'])

    const tag = nb.data.tags.find((t) => t.name === 'Akteure/Russland')!
    const filtered = await exportWith({ scope: 'filter', filter: { tagIds: [tag.id], text: 'Kim' }, includeNotes: false, includeMemos: false })
    expect(filtered.counts).toMatchObject({ highlights: 1, notes: 0, memos: 0, tags: 1 })
    expect(filtered.content).toContain('filter:\n  tags:\n    - Akteure/Russland\n  tagMode: all\n  document: null\n  text: Kim\n')
    expect(filtered.content).not.toContain('<script>')

    const noOrphans = await exportWith({ includeOrphans: false })
    expect(noOrphans.counts.orphaned).toBe(0)
    expect(noOrphans.content).not.toContain('Lyric Li')
  })
})
