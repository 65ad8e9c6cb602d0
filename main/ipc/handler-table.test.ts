import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNEL_PREFIX, INVOKE_CHANNELS } from '../../preload/contract'
import { AppSession } from '../core/session/app-session'
import { createHandlerTable, InvalidPayloadError, type HandlerTable } from './handler-table'
import { registerIpc, type IpcMainLike } from './register-ipc'

const bundled = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus')

let table: HandlerTable
let corpusDir: string
let exportFile: string
const opened: string[] = []

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-ipc-'))
  corpusDir = path.join(base, 'corpus')
  exportFile = path.join(base, 'export.md')
  await cp(bundled, corpusDir, { recursive: true, filter: (src) => !src.includes('.exzerpt') })
  const session = new AppSession({ userDataDir: path.join(base, 'user-data'), defaultCorpus: corpusDir })
  await session.start()
  table = createHandlerTable(session, {
    pickFolder: async () => null,
    pickSaveFile: async () => exportFile,
    pickExportFolder: async () => null,
    pickImportFile: async () => exportFile,
    takeLink: () => null,
    readyToClose: () => {},
    openExternal: async (url) => void opened.push(url),
  })
})

describe('handler table validation', () => {
  it('rejects payloads that do not match the contract before the core sees them', async () => {
    await expect(table.getDocument([42])).rejects.toBeInstanceOf(InvalidPayloadError)
    await expect(table.getDocument('000_5cd4faa8f2970c73.txt')).rejects.toThrow(/Invalid arguments for getDocument/)
    await expect(table.search(['Putin', { limit: 0 }])).rejects.toThrow(/limit/)
    await expect(table.search(['Putin', { limit: 5, evil: true }])).rejects.toThrow(InvalidPayloadError)
    await expect(table.search(['x'.repeat(5000)])).rejects.toThrow(InvalidPayloadError)
    await expect(table.getState(['extra'])).rejects.toThrow(InvalidPayloadError)
  })

  it('serves valid requests from the core', async () => {
    const state = await table.getState([])
    expect(state.corpus?.documents).toHaveLength(5)
    const response = await table.search(['Munition', { limit: 3 }])
    expect(response.results.length).toBeGreaterThan(0)
    expect(response.results.length).toBeLessThanOrEqual(3)
    const doc = await table.getDocument(['000_5cd4faa8f2970c73.txt'])
    expect(doc.text.startsWith('Russlands Präsident Putin')).toBe(true)
  })

  it('never resolves paths outside the corpus: ids are looked up, not joined', async () => {
    await expect(table.getDocument(['../../../etc/passwd'])).rejects.toThrow(/no document/)
    await expect(table.getDocument([path.join(corpusDir, '000_5cd4faa8f2970c73.txt')])).rejects.toThrow(/no document/)
  })

  it('reports a cancelled folder dialog', async () => {
    expect(await table.openFolder([])).toEqual({ status: 'cancelled' })
  })
})

describe('notebook channels', () => {
  const DOC = '001_9c5a38ccf7a2ab37.txt'

  it('creates, lists, updates and deletes highlights as views, with undo', async () => {
    const doc = await table.getDocument([DOC])
    const start = doc.text.indexOf('strategische Partnerschaft')
    const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wichtig' }] }] }
    const created = await table.createHighlight([{ docId: DOC, start, end: start + 26, docHash: doc.hash, color: 'green', tags: ['Akteure/Russland'], note }])
    expect(created).toMatchObject({ docId: DOC, range: { start, end: start + 26 }, quote: 'strategische Partnerschaft', status: 'exact', color: 'green', notePreview: 'Wichtig' })
    expect(created.docTitle).toMatch(/^Pjöngjang/)
    const listed = await table.listHighlights([{ docId: DOC }])
    expect(listed.highlights.map((h) => h.id)).toEqual([created.id])
    const tags = await table.listTags([])
    expect(tags.map((t) => [t.name, t.count, t.totalCount])).toEqual([['Akteure', 0, 1], ['Akteure/Russland', 1, 1]])
    const updated = await table.updateHighlight([created.id, { note: null, tags: [] }])
    expect(updated).toMatchObject({ note: null, tagIds: [], notePreview: '' })
    expect(await table.deleteHighlight([created.id])).toEqual({ label: 'Highlight deleted' })
    expect((await table.getState([])).notebook?.undo).toBe('Highlight deleted')
    expect(await table.undo([])).toEqual({ label: 'Highlight deleted' })
    expect((await table.listHighlights([{}])).highlights).toHaveLength(1)
    expect(await table.listHighlights([{ limit: 1 }])).toMatchObject({ matched: 1, total: 1 })
    await table.deleteHighlight([created.id])
  })

  it('refuses malformed notebook payloads before the core sees them', async () => {
    const { hash } = await table.getDocument([DOC])
    await expect(table.createHighlight([{ docId: DOC, start: 0, end: 5, docHash: hash, color: 'chartreuse' }])).rejects.toThrow(/Invalid arguments for createHighlight: 0.color/)
    await expect(table.createHighlight([{ docId: DOC, start: -1, end: 5, docHash: hash }])).rejects.toThrow(InvalidPayloadError)
    // Offsets must say which text they were taken in.
    await expect(table.createHighlight([{ docId: DOC, start: 0, end: 5 }])).rejects.toThrow(/Invalid arguments for createHighlight: 0.docHash/)
    await expect(table.createHighlight([{ docId: DOC, start: 0, end: 5, docHash: 'an-older-text' }])).rejects.toThrow(/changed on disk/)
    await expect(table.updateHighlight(['x', { evil: 1 }])).rejects.toThrow(InvalidPayloadError)
    await expect(table.listHighlights([{ sort: 'random' }])).rejects.toThrow(InvalidPayloadError)
    await expect(table.createMemo([null, { type: 'paragraph' }])).rejects.toThrow(InvalidPayloadError)
    // Shape-valid JSON that the note schema does not know is refused by the core.
    await expect(table.createMemo([null, { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] }])).rejects.toThrow(/The note is not valid/)
    await expect(table.createHighlight([{ docId: DOC, start: 10, end: 5, docHash: hash }])).rejects.toThrow(/invalid anchor range/)
    await expect(table.deleteHighlight(['no-such-id'])).rejects.toThrow(/no highlight/)
  })

  it('manages tags: create, rename, merge, delete', async () => {
    const a = await table.createTag([{ name: 'Orte/Moskau', color: 'blue', description: 'Hauptstadt' }])
    const b = await table.createTag([{ name: 'Moskau' }])
    expect(a).toMatchObject({ name: 'Orte/Moskau', color: 'blue', description: 'Hauptstadt', count: 0 })
    await expect(table.updateTag([b.id, { name: 'orte/moskau' }])).rejects.toThrow(/exists already/)
    expect(await table.mergeTags([b.id, a.id])).toEqual({ label: 'Merged “Moskau” into “Orte/Moskau”' })
    expect(await table.deleteTag([a.id])).toEqual({ label: 'Tag “Orte/Moskau” deleted' })
    expect((await table.listTags([])).map((t) => t.name)).not.toContain('Orte/Moskau')
  })
})

describe('export channels', () => {
  const DOC = '001_9c5a38ccf7a2ab37.txt'
  const request = { scope: 'all', groupBy: 'doc', includeNotes: true, includeMemos: true, includeOrphans: true, format: 'md' } as const

  it('previews, saves (atomically, where the dialog said) and imports an export back without duplicates', async () => {
    const doc = await table.getDocument([DOC])
    const start = doc.text.indexOf('Artilleriemunition')
    const h = await table.createHighlight([{ docId: DOC, start, end: start + 18, docHash: doc.hash, tags: ['Waffen'] }])
    const preview = await table.previewExport([request])
    expect(preview.content).toContain('> Artilleriemunition')
    expect(preview.content).toContain(`exzerpt://open?doc=${DOC}&start=${start}&end=${start + 18}`)
    expect(preview.counts.highlights).toBeGreaterThanOrEqual(1)
    expect(preview.fileName).toMatch(/^Exzerpt – corpus – \d{4}-\d{2}-\d{2}\.md$/)
    expect(await table.saveExport([request])).toEqual({ status: 'saved', path: exportFile, files: 1 })
    expect(await readFile(exportFile, 'utf8')).toBe(preview.content.replace(/^exported: .*$/m, (await readFile(exportFile, 'utf8')).match(/^exported: .*$/m)![0]))
    const result = await table.importNotes([])
    expect(result).toMatchObject({ status: 'imported', path: exportFile, report: { created: 0, orphaned: 0 } })
    await table.deleteHighlight([h.id])
  })

  it('refuses a malformed request', async () => {
    await expect(table.previewExport([{ ...request, format: 'pdf' }])).rejects.toThrow(InvalidPayloadError)
    await expect(table.previewExport([{ ...request, scope: 'document' }])).rejects.toThrow(/needs "docId"/)
    await expect(table.previewExport([{ ...request, extra: 1 }])).rejects.toThrow(InvalidPayloadError)
  })
})

describe('links from notes', () => {
  it('opens web and mail links outside the app and refuses anything else', async () => {
    await table.openExternal(['https://www.zeit.de/artikel'])
    await table.openExternal(['mailto:redaktion@example.org'])
    expect(opened).toEqual(['https://www.zeit.de/artikel', 'mailto:redaktion@example.org'])
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'exzerpt://open?doc=a', 'zeit.de']) {
      await expect(table.openExternal([url]), url).rejects.toThrow(/Only web pages and e-mail/)
    }
    expect(opened).toHaveLength(2)
  })

  it('refuses a note with a link to anything but the web or e-mail', async () => {
    const note = (href: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] })
    await expect(table.createMemo([null, note('javascript:alert(1)')])).rejects.toThrow(/web pages and e-mail addresses only/)
    const memo = await table.createMemo([null, note('https://example.org')])
    await table.deleteMemo([memo.id])
  })
})

describe('registerIpc (electron mocked)', () => {
  const rendererUrl = 'file:///app/out/renderer/index.html'

  function register() {
    const handlers = new Map<string, Parameters<IpcMainLike['handle']>[1]>()
    const ipcMain: IpcMainLike = { handle: vi.fn((channel, listener) => void handlers.set(channel, listener)) }
    registerIpc(ipcMain, table, () => rendererUrl)
    return handlers
  }

  it('registers every contract channel under the prefix', () => {
    const handlers = register()
    expect([...handlers.keys()].sort()).toEqual(INVOKE_CHANNELS.map((c) => CHANNEL_PREFIX + c).sort())
  })

  it('answers the app window and refuses other senders', async () => {
    const handle = register().get(`${CHANNEL_PREFIX}getState`)!
    const state = (await handle({ senderFrame: { url: rendererUrl, parent: null } }, [])) as { corpus: unknown }
    expect(state.corpus).not.toBeNull()
    expect(() => handle({ senderFrame: { url: 'https://evil.example/', parent: null } }, [])).toThrow(/Refused getState/)
    expect(() => handle({ senderFrame: { url: rendererUrl, parent: {} } }, [])).toThrow(/Refused/)
    expect(() => handle({ senderFrame: null }, [])).toThrow(/Refused/)
    expect(() => handle({ senderFrame: { url: 'file:///tmp/other.html', parent: null } }, [])).toThrow(/Refused/)
  })
})
