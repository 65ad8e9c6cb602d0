import { mkdtemp } from 'node:fs/promises'
import path from 'node:path'
import type { JSONContent } from '@tiptap/core'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Notebook } from '../notebook/notebook'
import { HIGHLIGHT_COLORS } from '../notebook/notebook-schema'
import { tempCorpus } from '../testing/temp-corpus'
import { Workspace } from '../workspace/workspace'
import { DEFAULT_EXPORT_OPTIONS } from './export-options'
import { importExport } from './import-markdown'
import { buildExport } from './markdown-export'
import { noteArbitrary, withoutExportTime } from './test-support'

// Export → import into a fresh notebook → export gives the same Markdown, for random
// passages of the bundled corpus, tag names with "/" and spaces, colours, and notes
// and memos full of Markdown syntax.

let base: string
let ws: Workspace
let texts: Map<string, string>
let runs = 0

beforeAll(async () => {
  let corpusDir: string
  ;({ base, corpusDir } = await tempCorpus('exzerpt-roundtrip-'))
  ws = await Workspace.open(corpusDir, { fallbackDataRoot: path.join(base, 'user-data') })
  texts = new Map(await Promise.all(ws.documents.map(async (d) => [d.id, await ws.getText(d.id)] as const)))
})

afterAll(async () => {
  await ws.close()
})

const fresh = async () => Notebook.open(await mkdtemp(path.join(base, `nb-${runs++}-`)), ws)

const level = fc.constantFrom('Akteure', 'Naher Osten', 'Russland', 'Ä Ö ü', '12. Juni', '#hash', 'a_b', 'x*y', '(EU)', 'Rat der EU')
const tagName = fc.array(level, { minLength: 1, maxLength: 3 }).map((levels) => levels.join('/'))

const passage = fc.record({
  doc: fc.nat(4),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 400 }),
  tags: fc.array(tagName, { maxLength: 3 }),
  color: fc.constantFrom(...HIGHLIGHT_COLORS),
  note: fc.option(noteArbitrary, { freq: 2 }),
})

const scenario = fc.record({
  passages: fc.array(passage, { minLength: 1, maxLength: 6 }),
  tagStyles: fc.array(fc.record({ color: fc.option(fc.constantFrom(...HIGHLIGHT_COLORS)), description: fc.constantFrom('', 'Beschreibung *mit* [Syntax]', 'zwei\nZeilen') }), { maxLength: 3 }),
  memos: fc.array(fc.record({ onDoc: fc.boolean(), note: noteArbitrary }), { maxLength: 2 }),
  groupBy: fc.constantFrom('doc' as const, 'tag' as const),
})

describe('export → import → export', () => {
  it('gives identical Markdown in a fresh notebook, and nothing twice on a second import (property)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ passages, tagStyles, memos, groupBy }) => {
        const a = await fresh()
        const b = await fresh()
        try {
          const ids = ws.documents.map((d) => d.id)
          for (const p of passages) {
            const docId = ids[p.doc % ids.length]!
            const text = texts.get(docId)!
            const start = p.at % text.length
            const end = Math.min(text.length, start + p.length)
            if (!text.slice(start, end).trim()) continue
            await a.addHighlight({ docId, start, end, tags: p.tags, color: p.color, note: p.note as JSONContent | null })
          }
          const tags = [...a.data.tags]
          for (const [i, style] of tagStyles.entries()) {
            const tag = tags[i]
            if (tag) await a.updateTag(tag.id, { color: style.color, description: style.description })
          }
          for (const m of memos) await a.createMemo(m.onDoc ? ids[0]! : null, m.note)

          const options = { ...DEFAULT_EXPORT_OPTIONS, groupBy }
          const first = (await buildExport(ws, a, options, new Date())).content
          const report = await importExport(ws, b, first)
          expect(report.created).toBe(a.highlights.length)
          const second = (await buildExport(ws, b, options, new Date())).content
          expect(withoutExportTime(second)).toBe(withoutExportTime(first))
          expect(await importExport(ws, b, second)).toMatchObject({ created: 0, updated: 0, tags: { created: 0 }, memos: { created: 0 } })
        } finally {
          await a.close()
          await b.close()
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    )
  }, 120_000)
})
