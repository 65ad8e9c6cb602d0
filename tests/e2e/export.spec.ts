import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Locator } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { structureOf, withoutExportTime } from '../../main/core/export/test-support'
import { markdownToNote } from '../../main/core/notebook/note/note-markdown'
import { launchApp, outputDir, tempCorpus, type RunningApp } from './launch-app'
import { searchFor, waitForCorpus } from './pages/app-page'
import { filterByTag, highlightCard, showHighlightsOf, toast } from './pages/notebook-page'
import { painted, paintedInView } from './pages/reader-page'

interface Made {
  doc: string
  quote: string
  tags: string[]
  note?: string
}

/** Four highlights in four documents; two carry Akteure/Russland. */
const RUSSIA_1: Made = { doc: '000_5cd4faa8f2970c73.txt', quote: 'Putin besuchte Pjöngjang zum letzten Mal im Juli 2000', tags: ['Akteure/Russland', 'Chronik'] }
const RUSSIA_2: Made = { doc: '001_9c5a38ccf7a2ab37.txt', quote: 'strategische Partnerschaft', tags: ['Akteure/Russland'], note: 'Siehe **auch** 000.' }
const CHRONIK: Made = { doc: '003_73e5e5628885fd09.txt', quote: 'Berichten zufolge plant der nordkoreanische Machthaber Kim', tags: ['Chronik'] }
const KIM: Made = { doc: '004_2bdebc3cd27daffb.txt', quote: 'Pjöngjang scheiterte letzten Monat beim zweiten Versuch', tags: ['Kim'] }
const ALL = [RUSSIA_1, RUSSIA_2, CHRONIK, KIM]

let app: RunningApp | null = null

afterEach(async () => {
  await app?.close()
  app = null
})

interface Files {
  dir: string
  /** What the save dialog answers next (null: the user cancels). */
  saveAs: string | null
  folder: string | null
  importFrom: string | null
}

/** The app over a fresh corpus copy, with the highlights above (made through the notebook API) and a memo; dialogs answer from `files`. */
async function setUp(viewport?: { width: number; height: number }): Promise<{ app: RunningApp; files: Files }> {
  const dirs = await tempCorpus()
  const files: Files = { dir: await mkdtemp(path.join(os.tmpdir(), 'exzerpt-export-')), saveAs: null, folder: null, importFrom: null }
  app = await launchApp({
    ...dirs,
    ...(viewport ? { viewport } : {}),
    pickSaveFile: async () => files.saveAs,
    pickExportFolder: async () => files.folder,
    pickImportFile: async () => files.importFrom,
  })
  await waitForCorpus(app.page, 5)
  const nb = app.session.notebook()
  for (const h of ALL) await nb.addHighlightByQuote(h.doc, h.quote, 1, { tags: h.tags, ...(h.note ? { note: markdownToNote(h.note) } : {}) })
  await nb.createMemo(RUSSIA_2.doc, markdownToNote('Vergleiche mit 000.'))
  await showHighlightsOf(app.page, 'all')
  await expect.poll(() => app!.page.getByTestId('highlight-card').count()).toBe(ALL.length)
  return { app, files }
}

async function shoot(name: string): Promise<void> {
  await mkdir(outputDir, { recursive: true })
  await app!.page.screenshot({ path: path.join(outputDir, `${name}.png`) })
}

function exportDialog(running: RunningApp): Locator {
  return running.page.getByTestId('export-dialog')
}

/** The quotes the rendered preview shows, one per blockquote. */
function previewQuotes(dialog: Locator): Promise<string[]> {
  return dialog.locator('[data-testid="export-rendered"] blockquote').evaluateAll((quotes) => quotes.map((q) => (q.textContent ?? '').trim()))
}

/** Saves the export through the (simulated) save dialog under `name` in the test's folder. */
async function saveExportAs(dialog: Locator, files: Files, name: string): Promise<string> {
  const file = path.join(files.dir, name)
  files.saveAs = file
  await dialog.getByTestId('export-save').click()
  await expect.poll(() => dialog.getByTestId('export-outcome').innerText()).toContain('Saved to')
  return file
}

/** Waits until the preview answers the current options (Save is enabled only then). */
async function previewSettled(dialog: Locator): Promise<void> {
  await expect.poll(() => dialog.getByTestId('export-save').getAttribute('aria-disabled')).toBe('false')
}

async function chooseFormat(dialog: Locator, format: 'Markdown' | 'CSV'): Promise<void> {
  await dialog.getByTestId('export-format').getByRole('radio', { name: format }).click()
}

async function chooseView(dialog: Locator, view: 'Formatted' | 'Markdown' | 'Table' | 'Text'): Promise<void> {
  await dialog.getByTestId('export-view').getByRole('radio', { name: view }).click()
}

describe('export', () => {
  it('exports the current filter with a live preview, saves exactly what it previewed, and Esc closes without clearing the search', async () => {
    const { app: running, files } = await setUp()
    const { page } = running
    await filterByTag(page, 'Akteure/Russland')
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(2)
    await searchFor(page, 'Putin')

    // The button in the notebook pane.
    await page.getByTestId('export-notes').click()
    const dialog = exportDialog(running)
    await dialog.waitFor()
    // It starts on the filter the pane shows, described in words.
    await dialog.getByTestId('export-scope-filter').check()
    expect(await dialog.getByTestId('export-scope-filter-hint').innerText()).toBe('tag Akteure/Russland, in all documents')
    expect(await dialog.getByTestId('export-scope-document').isDisabled()).toBe(true)
    await previewSettled(dialog)
    expect(await previewQuotes(dialog)).toEqual([RUSSIA_1.quote, RUSSIA_2.quote])
    expect(await dialog.getByTestId('export-counts').innerText()).toBe('2 highlights from 2 documents, 1 with a note, 1 memo')
    await shoot('export-dialog')

    // The whole notebook has all four; back to the filter.
    await dialog.getByTestId('export-scope-all').check()
    await expect.poll(() => previewQuotes(dialog)).toEqual(ALL.map((h) => h.quote))
    await dialog.getByTestId('export-scope-filter').check()
    await expect.poll(() => previewQuotes(dialog)).toEqual([RUSSIA_1.quote, RUSSIA_2.quote])

    // By tag: a heading per tag, a highlight under each of its tags.
    await dialog.getByTestId('export-group').getByRole('radio', { name: 'Tag' }).click()
    await expect.poll(() => previewQuotes(dialog)).toEqual([RUSSIA_1.quote, RUSSIA_2.quote, RUSSIA_1.quote])
    expect(await dialog.locator('[data-testid="export-rendered"] h2').allInnerTexts()).toEqual(expect.arrayContaining(['Akteure/Russland', 'Chronik']))
    await dialog.getByTestId('export-group').getByRole('radio', { name: 'Document' }).click()
    // Without notes: the note leaves the preview and the counts.
    await dialog.getByTestId('export-includeNotes').uncheck()
    await expect.poll(() => dialog.getByTestId('export-counts').innerText()).toBe('2 highlights from 2 documents, 1 memo')
    expect(await dialog.getByTestId('export-rendered').innerText()).not.toContain('Siehe auch 000.')
    await dialog.getByTestId('export-includeNotes').check()
    await expect.poll(() => dialog.getByTestId('export-rendered').innerText()).toContain('Siehe auch 000.')

    // The raw Markdown, in a monospace view.
    await chooseView(dialog, 'Markdown')
    const source = dialog.getByTestId('export-source')
    await expect.poll(() => source.textContent()).toContain(`> ${RUSSIA_2.quote}`)
    expect(await page.evaluate("getComputedStyle(document.querySelector('[data-testid=export-source]')).fontFamily")).toMatch(/mono/i)
    await previewSettled(dialog)
    const previewed = (await source.textContent()) ?? ''
    await shoot('export-source')

    // Save… → main's save dialog → the file is what the preview showed (apart from the export time).
    files.saveAs = path.join(files.dir, 'Russland.md')
    await dialog.getByTestId('export-save').click()
    await expect.poll(() => dialog.getByTestId('export-outcome').innerText()).toBe(`Saved to ${files.saveAs}`)
    const saved = await readFile(files.saveAs, 'utf8')
    expect(withoutExportTime(saved)).toBe(withoutExportTime(previewed))
    expect(saved).not.toBe(withoutExportTime(saved))
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(saved)![1]!) as Record<string, unknown>
    expect(front).toMatchObject({ scope: 'filter', groupBy: 'doc', counts: { highlights: 2, documents: 2 } })
    expect(structureOf(saved).blockquotes).toEqual([RUSSIA_1.quote, RUSSIA_2.quote])

    // A cancelled save dialog says nothing.
    files.saveAs = null
    await dialog.getByTestId('export-save').click()
    await expect.poll(() => dialog.getByTestId('export-outcome').innerText()).toBe('')

    // Esc closes the dialog, and only the dialog: the search stays.
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.getByTestId('search-input').inputValue()).toBe('Putin')
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('export-notes')

    // File › Export Notes… (Ctrl/Cmd+E in the menu) opens it again, options kept.
    await running.sendCommand('export')
    await dialog.waitFor()
    await dialog.getByTestId('export-source').waitFor()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
  })

  it('opens the passage of a deep link from the exported file, and of a link clicked in the preview', async () => {
    const { app: running, files } = await setUp()
    const { page } = running
    await running.sendCommand('export')
    const dialog = exportDialog(running)
    await dialog.waitFor()
    await previewSettled(dialog)
    const file = await saveExportAs(dialog, files, 'Alles.md')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    // The link in the file, as the OS hands it to the app.
    const saved = await readFile(file, 'utf8')
    const link = new RegExp(`\\[open in Exzerpt\\]\\((exzerpt://open\\?doc=${RUSSIA_1.doc}[^)]*)\\)`).exec(saved)?.[1]
    expect(link).toMatch(/&start=\d+&end=\d+&h=/)
    expect(running.openLink(link!)).toBe(true)
    await expect.poll(() => page.getByTestId('reader').getAttribute('data-doc-id').catch(() => null)).toBe(RUSSIA_1.doc)
    await expect.poll(async () => (await painted(page))['exz-flash']).toEqual([RUSSIA_1.quote])
    await expect.poll(() => paintedInView(page, 'exz-flash')).toBe(true)

    // A link in the rendered preview opens in the app, not as a page navigation.
    await running.sendCommand('export')
    await dialog.waitFor()
    await chooseView(dialog, 'Formatted')
    await previewSettled(dialog)
    const url = page.url()
    await dialog.locator(`[data-testid="export-rendered"] a[href^="exzerpt://open?doc=${KIM.doc}"]`).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => page.getByTestId('reader').getAttribute('data-doc-id').catch(() => null)).toBe(KIM.doc)
    await expect.poll(async () => (await painted(page))['exz-flash']).toEqual([KIM.quote])
    await expect.poll(() => paintedInView(page, 'exz-flash')).toBe(true)
    expect(page.url()).toBe(url)
    await shoot('export-link-opened')
  })

  it('previews and saves CSV, and writes one note per document into a folder', async () => {
    const { app: running, files } = await setUp()
    const { page } = running
    await page.getByTestId('export-notes').click()
    const dialog = exportDialog(running)
    await dialog.waitFor()
    await chooseFormat(dialog, 'CSV')
    await chooseView(dialog, 'Table')
    await previewSettled(dialog)
    const table = dialog.getByTestId('export-table')
    expect(await table.locator('th').allInnerTexts()).toEqual(['document', 'title', 'quote', 'start', 'end', 'tags', 'note', 'status', 'color', 'id', 'created'])
    const quotes = await table.locator('tbody tr td:nth-child(3)').allInnerTexts()
    expect([...quotes].sort()).toEqual(ALL.map((h) => h.quote).sort())
    expect(await dialog.getByTestId('export-counts').innerText()).toBe('4 highlights from 4 documents, 1 with a note')
    // No vault for CSV; grouping and memos do not apply.
    expect(await dialog.getByTestId('export-vault').count()).toBe(0)
    expect(await dialog.getByTestId('export-includeMemos').isDisabled()).toBe(true)
    await shoot('export-csv')

    await chooseView(dialog, 'Text')
    await previewSettled(dialog)
    const previewed = (await dialog.getByTestId('export-source').textContent()) ?? ''
    files.saveAs = path.join(files.dir, 'highlights.csv')
    await dialog.getByTestId('export-save').click()
    await expect.poll(() => dialog.getByTestId('export-outcome').innerText()).toBe(`Saved to ${files.saveAs}`)
    const csv = await readFile(files.saveAs, 'utf8')
    expect(csv).toBe(previewed)
    expect(csv.startsWith('\uFEFFdocument,title,quote,')).toBe(true)
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(ALL.length + 1)

    // Vault: Markdown only, one note per document plus the index note.
    await chooseFormat(dialog, 'Markdown')
    await previewSettled(dialog)
    files.folder = path.join(files.dir, 'vault')
    await mkdir(files.folder)
    await dialog.getByTestId('export-vault').click()
    await expect.poll(() => dialog.getByTestId('export-outcome').innerText()).toBe(`5 notes written to ${files.folder}`)
    const notes = (await readdir(files.folder)).sort()
    expect(notes).toHaveLength(ALL.length + 1)
    expect(notes.every((n) => n.endsWith('.md'))).toBe(true)
    expect(notes).toContain('Exzerpt – corpus.md')
    for (const h of ALL) {
      const texts = await Promise.all(notes.map((n) => readFile(path.join(files.folder!, n), 'utf8')))
      expect(texts.filter((t) => structureOf(t).blockquotes.includes(h.quote))).toHaveLength(1)
    }
  })

  it('imports an export back (undoably), reports in words, and refuses a file that is not an export', async () => {
    const { app: running, files } = await setUp()
    const { page } = running
    await running.sendCommand('export')
    const dialog = exportDialog(running)
    await dialog.waitFor()
    await previewSettled(dialog)
    await saveExportAs(dialog, files, 'Bericht.md')
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()
    await dialog.waitFor({ state: 'hidden' })

    // One highlight goes; the import brings it back with its tags.
    const nb = running.session.notebook()
    await nb.deleteHighlight(nb.highlights.find((h) => h.quote.exact === KIM.quote)!.id)
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(ALL.length - 1)

    // A cancelled file dialog does nothing.
    await running.sendCommand('import')
    await page.waitForTimeout(300)
    expect(await page.getByTestId('import-report').isVisible()).toBe(false)

    files.importFrom = files.saveAs
    await running.sendCommand('import')
    const report = page.getByTestId('import-report')
    await report.waitFor()
    expect(await report.locator('#import-report-title').innerText()).toBe('Imported Bericht.md')
    expect(await report.innerText()).toContain('1 highlight created and 3 already there.')
    await shoot('export-import-report')
    await report.getByTestId('import-done').click()
    await report.waitFor({ state: 'hidden' })
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(ALL.length)
    expect(await highlightCard(page, KIM.quote).getByTestId('tag-chip').allInnerTexts()).toEqual(['Kim'])

    // Undo (Ctrl+Z outside a field) takes the whole import back.
    await page.evaluate('document.activeElement?.blur()')
    await page.keyboard.press('Control+z')
    await expect.poll(() => toast(page).innerText()).toMatch(/Undone: import of 1 highlight/i)
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(ALL.length - 1)

    // Again, undone from the report's own button.
    await running.sendCommand('import')
    await report.waitFor()
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(ALL.length)
    await report.getByTestId('import-undo').click()
    await report.waitFor({ state: 'hidden' })
    await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(ALL.length - 1)

    // Not an export: refused in words, nothing changed.
    files.importFrom = path.join(files.dir, 'notes.md')
    await writeFile(files.importFrom, '# Just notes\n\nNothing to import.\n')
    await running.sendCommand('import')
    await report.waitFor()
    expect(await report.locator('#import-report-title').innerText()).toBe('Import failed')
    expect(await report.getByTestId('import-error').innerText()).toMatch(/not an Exzerpt export/)
    expect(await report.getByTestId('import-undo').count()).toBe(0)
    await page.keyboard.press('Escape')
    await report.waitFor({ state: 'hidden' })
    expect(nb.highlights).toHaveLength(ALL.length - 1)
  })

  it('fits a small window (1024×700)', async () => {
    const { app: running } = await setUp({ width: 1024, height: 700 })
    const { page } = running
    await filterByTag(page, 'Chronik')
    // The pane's header keeps its buttons on one line, inside the pane.
    expect(await page.evaluate("(() => { const h = document.querySelector('.pane--notebook .pane__header'); return h.scrollWidth <= h.clientWidth })()")).toBe(true)
    await shoot('export-small-pane')
    await page.getByTestId('export-notes').click()
    const dialog = exportDialog(running)
    await dialog.waitFor()
    await previewSettled(dialog)
    await shoot('export-small')
    // Nothing in the dialog is cut off: the footer's buttons and every option are inside the window.
    const box = (await dialog.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(700)
    for (const id of ['export-save', 'export-vault', 'export-includeOrphans']) {
      const b = (await dialog.getByTestId(id).boundingBox())!
      expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height)
    }
    await chooseFormat(dialog, 'CSV')
    await previewSettled(dialog)
    await shoot('export-small-csv')
  })
})
