import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JSONContent } from '@tiptap/core'
import { DEFAULT_EXPORT_OPTIONS } from '../main/core/export/export-options'
import { importExport } from '../main/core/export/import-markdown'
import { buildExport } from '../main/core/export/markdown-export'
import { buildVault } from '../main/core/export/vault-export'
import { createAnchor } from '../main/core/notebook/anchoring/create-anchor'
import { Notebook } from '../main/core/notebook/notebook'
import { HIGHLIGHT_COLORS, type Highlight, type Tag } from '../main/core/notebook/notebook-schema'
import type { IndexableDocument } from '../main/core/search/search-index'
import { Workspace } from '../main/core/workspace/workspace'
import { round } from './measure'
import { createRandom, generateCorpus } from './synthetic-corpus'

// Export 10,000 highlights with notes (target ≤ 1 s) and import them into a fresh
// notebook over the same corpus (target ≤ 3 s). 100 synthetic documents (~5 KB);
// highlights of 20–300 characters, 0–2 of 24 tags, every one with a note of about
// 200 characters (a third with bold/italic, some with a list); 100 memos.

const TAGS = ['Akteure', 'Akteure/Russland', 'Akteure/Nordkorea', 'Akteure/USA', 'Themen/Munition', 'Themen/Sanktionen', 'Naher Osten', 'Chronik']

function note(random: () => number, i: number): JSONContent {
  const words = 'Die Aussage stützt die These über Munitionslieferungen und widerspricht dem Bericht vom 12. Juni; vgl. Quelle'.split(' ')
  const sentence = () => Array.from({ length: 14 }, () => words[Math.floor(random() * words.length)]).join(' ')
  const text = (t: string, mark?: string): JSONContent => ({ type: 'text', text: t, ...(mark ? { marks: [{ type: mark }] } : {}) })
  const paragraph: JSONContent = { type: 'paragraph', content: i % 3 === 0 ? [text(`${sentence()} `), text('wichtig', 'bold'), text(` ${sentence()} `), text('vgl.', 'italic')] : [text(`${sentence()} ${sentence()}`)] }
  const list: JSONContent = { type: 'bulletList', content: [sentence(), sentence()].map((s) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [text(s)] }] })) }
  return { type: 'doc', content: i % 10 === 0 ? [paragraph, list] : [paragraph] }
}

async function fillNotebook(ws: Workspace, nb: Notebook, docs: IndexableDocument[], count: number): Promise<void> {
  const random = createRandom(11)
  const tags: Tag[] = [...TAGS, ...Array.from({ length: 16 }, (_, i) => `Codes/Kategorie ${i + 1}`)].map((name, i) => ({
    id: `tag-${i}`,
    name,
    color: i % 3 === 0 ? HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]! : null,
    description: i % 2 === 0 ? `Beschreibung von ${name}` : '',
  }))
  const highlights: Highlight[] = []
  const stamp = (i: number) => new Date(Date.UTC(2024, 5, 1) + i * 60_000).toISOString()
  while (highlights.length < count) {
    const doc = docs[Math.floor(random() * docs.length)]!
    const start = Math.floor(random() * (doc.text.length - 320))
    const end = start + 20 + Math.floor(random() * 280)
    if (!doc.text.slice(start, end).trim()) continue
    const anchor = createAnchor(doc.text, start, end)
    const i = highlights.length
    highlights.push({
      id: `hl-${i}`,
      docId: doc.id,
      docHash: ws.documentHash(doc.id)!,
      ...anchor,
      status: 'exact',
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length]!,
      tagIds: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => tags[Math.floor(random() * tags.length)]!.id))],
      note: note(random, i),
      createdAt: stamp(i),
      updatedAt: stamp(i),
    })
  }
  const memos = Array.from({ length: 100 }, (_, i) => ({ id: `memo-${i}`, docId: i % 5 === 0 ? null : docs[i % docs.length]!.id, note: note(random, i), createdAt: stamp(i), updatedAt: stamp(i) }))
  await nb.putRecords({ tags, highlights, memos }, 'bench')
}

const time = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now()
  const value = await fn()
  return { ms: Math.round(performance.now() - started), value }
}

/** The export section of `npm run bench`. */
export async function runExportBench(samples: IndexableDocument[], options: { highlights?: number } = {}): Promise<Record<string, unknown>> {
  const count = options.highlights ?? 10_000
  const dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-bench-export-'))
  try {
    const corpusDir = path.join(dir, 'corpus')
    await mkdir(corpusDir)
    const docs = generateCorpus(samples, { docs: 100, seed: 5 })
    for (const d of docs) await writeFile(path.join(corpusDir, d.id), d.text)
    const ws = await Workspace.open(corpusDir, { fallbackDataRoot: path.join(dir, 'user-data'), dataDir: path.join(dir, 'a') })
    const source = await Notebook.open(path.join(dir, 'a'), ws)
    await fillNotebook(ws, source, docs, count)

    const exports: number[] = []
    let markdown = ''
    for (let run = 0; run < 3; run++) {
      const { ms, value } = await time(() => buildExport(ws, source, DEFAULT_EXPORT_OPTIONS, new Date()))
      exports.push(ms)
      markdown = value.content
    }
    const csv = await time(() => buildExport(ws, source, { ...DEFAULT_EXPORT_OPTIONS, format: 'csv' }, new Date()))
    const byTag = await time(() => buildExport(ws, source, { ...DEFAULT_EXPORT_OPTIONS, groupBy: 'tag' }, new Date()))
    const vault = await time(() => buildVault(ws, source, DEFAULT_EXPORT_OPTIONS, new Date()))

    const imports: number[] = []
    let identical = false
    let report: unknown = null
    for (let run = 0; run < 3; run++) {
      const target = await Notebook.open(path.join(dir, `b${run}`), ws)
      const { ms, value } = await time(() => importExport(ws, target, markdown))
      imports.push(ms)
      report = { created: value.created, orphaned: value.orphaned, tags: value.tags.created, memos: value.memos.created }
      if (run === 0) {
        const again = (await buildExport(ws, target, DEFAULT_EXPORT_OPTIONS, new Date())).content
        identical = again.replace(/^exported: .*$/m, '') === markdown.replace(/^exported: .*$/m, '')
      }
      await target.close()
    }
    const reimport = await Notebook.open(path.join(dir, 'b0'), ws)
    const { ms: reimportMs, value: again } = await time(() => importExport(ws, reimport, markdown))
    await reimport.close()
    await source.close()
    await ws.close()
    return {
      section: 'export',
      highlights: count,
      documents: docs.length,
      markdownBytes: Buffer.byteLength(markdown),
      exportMs: exports,
      exportCsvMs: csv.ms,
      exportByTagMs: byTag.ms,
      vaultMs: vault.ms,
      vaultFiles: vault.value.files.length,
      importFreshMs: imports,
      importReport: report,
      reimportSameMs: reimportMs,
      reimportSkipped: again.skipped,
      roundTripIdentical: identical,
      msPerHighlight: { export: round(Math.min(...exports) / count, 3), import: round(Math.min(...imports) / count, 3) },
      target: 'export <= 1000 ms, import <= 3000 ms',
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
