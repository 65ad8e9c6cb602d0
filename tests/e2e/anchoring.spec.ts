import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempCorpus, type RunningApp } from './launch-app'
import { FILE, PASSAGE, SECOND, appFixture } from './pages/fixtures'
import { highlightCard, highlightSelection, openHighlightCard, writeNote } from './pages/notebook-page'
import { painted, selectPassage } from './pages/reader-page'

const fixture = appFixture()
const shoot = (name: string) => fixture.shoot(name)

/** Opens the app on the folders, with the document open. */
const start = (dirs: { corpusDir: string; dataDir: string }): Promise<RunningApp> => fixture.start(dirs)

/** Closes the app (releasing the notebook) and edits the source file on disk. */
async function closeAndEdit(dirs: { corpusDir: string }, edit: (text: string) => string): Promise<void> {
  await fixture.close()
  const file = path.join(dirs.corpusDir, FILE)
  const before = await readFile(file, 'utf8')
  const after = edit(before)
  expect(after).not.toBe(before)
  await writeFile(file, after)
}

describe('highlights when the source changes', () => {
  it('follow their text when text is inserted before them', async () => {
    const dirs = await tempCorpus()
    const { page } = await start(dirs)
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'], note: 'Empfang' })
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])

    await closeAndEdit(dirs, (text) => text.replace('Der russische Staatschef', 'Ein ganz neuer Absatz steht jetzt am Anfang.\n\nDer russische Staatschef'))
    const reopened = await start(dirs)
    await expect.poll(async () => (await painted(reopened.page))['exz-yellow']).toEqual([PASSAGE])
    const card = highlightCard(reopened.page, PASSAGE)
    await expect.poll(() => card.innerText()).toContain('Empfang')
    expect(await card.getAttribute('data-status')).toBe('moved')
  })

  it('follows an edit made while the document is open: the reader reloads by itself and the highlight moves along', async () => {
    const dirs = await tempCorpus()
    const app = await start(dirs)
    const { page } = app
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { note: 'Empfang' })
    const file = path.join(dirs.corpusDir, FILE)
    await writeFile(file, (await readFile(file, 'utf8')).replace('Der russische Staatschef', 'Ein ganz neuer Absatz steht jetzt am Anfang.\n\nDer russische Staatschef'))
    await expect.poll(() => page.getByTestId('reader').innerText()).toContain('Ein ganz neuer Absatz steht jetzt am Anfang.')
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])
    await expect.poll(() => highlightCard(page, PASSAGE).getAttribute('data-status')).toBe('moved')
    const stored = app.session.notebook().highlights[0]!
    expect((await app.session.current().getDocument(FILE)).text.slice(stored.position.start, stored.position.end)).toBe(PASSAGE)
  })

  it('refuses a selection made in a text that changed on disk meanwhile, reloads it, and highlights the new text right', async () => {
    const dirs = await tempCorpus()
    // Not watching: the edit stays unnoticed until the highlight is made, as on a system that cannot watch.
    const app = await fixture.start({ ...dirs, watch: false })
    const { page } = app
    const file = path.join(dirs.corpusDir, FILE)
    await writeFile(file, (await readFile(file, 'utf8')).replace('Der russische Staatschef', 'Ein ganz neuer Absatz steht jetzt am Anfang.\n\nDer russische Staatschef'))
    // The reader still shows the old text: offsets taken there would point elsewhere in the new one.
    await selectPassage(page, PASSAGE)
    await page.getByTestId('highlight-popover').getByTestId('popover-save').click()
    // The reader reloads the new text (taking the popover with it); a notice says why nothing was highlighted.
    await expect.poll(() => page.getByTestId('toast').innerText()).toMatch(/changed on disk since it was shown; it has been reloaded, select the passage again/)
    await expect.poll(() => page.getByTestId('reader').innerText()).toContain('Ein ganz neuer Absatz steht jetzt am Anfang.')
    await shoot('anchoring-changed-on-disk')
    expect(app.session.notebook().highlights).toHaveLength(0)

    await selectPassage(page, PASSAGE)
    await highlightSelection(page)
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])
    expect(app.session.notebook().highlights.map((h) => h.quote.exact)).toEqual([PASSAGE])
  })

  it('lists a highlight whose passage was deleted among the lost passages, and re-attaches it to a new selection', async () => {
    const dirs = await tempCorpus()
    const { page } = await start(dirs)
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { color: 'purple', tags: ['Treffen'] })
    await writeNote(await openHighlightCard(page, PASSAGE), 'Wichtig für Kapitel 2')

    await closeAndEdit(dirs, (text) => text.replace(` ${PASSAGE}`, ''))
    const reopened = await start(dirs)
    const lost = reopened.page.getByTestId('lost-passage')
    await expect.poll(() => lost.innerText()).toContain(PASSAGE)
    expect(await lost.innerText()).toContain('Wichtig für Kapitel 2')
    expect((await painted(reopened.page))['exz-purple'] ?? []).toEqual([])
    await shoot('anchoring-lost-passages')

    await lost.getByTestId('reattach').click()
    await reopened.page.getByTestId('reattach-bar').waitFor()
    await selectPassage(reopened.page, 'Die staatliche Nachrichtenagentur KCNA')
    const confirm = reopened.page.getByTestId('reattach-popover')
    await confirm.waitFor()
    await shoot('anchoring-reattach')
    await confirm.getByTestId('reattach-confirm').click()

    await expect.poll(async () => (await painted(reopened.page))['exz-purple']).toEqual(['Die staatliche Nachrichtenagentur KCNA'])
    await expect.poll(() => reopened.page.getByTestId('lost-passage').count()).toBe(0)
    expect(await reopened.page.getByTestId('reattach-bar').count()).toBe(0)
    await expect.poll(() => highlightCard(reopened.page, 'Die staatliche Nachrichtenagentur KCNA').innerText()).toContain('Wichtig für Kapitel 2')
  })

  it('asks to check a passage whose text changed a little: Confirm keeps it, Not this passage makes it lost', async () => {
    const dirs = await tempCorpus()
    const { page } = await start(dirs)
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'] })
    await selectPassage(page, SECOND)
    await highlightSelection(page, { color: 'orange' })
    await expect.poll(async () => (await painted(page))['exz-orange']).toEqual([SECOND])

    const changed = PASSAGE.replace('Flughafen', 'Flugplatz')
    const changedSecond = SECOND.replace('den Angaben nach', 'demnach')
    await closeAndEdit(dirs, (text) => text.replace(PASSAGE, changed).replace(SECOND, changedSecond))
    const reopened = await start(dirs)
    // Confirming takes over the new text as the quote: follow the card by its id.
    const id = await highlightCard(reopened.page, PASSAGE).getAttribute('data-highlight-id')
    const card = reopened.page.locator(`[data-highlight-id="${id}"]`)
    await expect.poll(() => card.getAttribute('data-status')).toBe('fuzzy')
    expect(await card.getByTestId('review-badge').innerText()).toBe('Text changed — please check')
    // Painted where it was found, with the wavy "check me" underline.
    expect((await painted(reopened.page))['exz-review']?.sort()).toEqual([changed, changedSecond].sort())

    await card.locator('.hl-card__quote').click()
    const review = card.getByTestId('review')
    await expect.poll(() => review.getByTestId('review-current').innerText()).toBe(`“${changed}”`)
    await shoot('anchoring-review')
    await review.getByTestId('review-confirm').click()
    await expect.poll(() => card.getAttribute('data-status')).toBe('exact')
    expect(await card.getByTestId('review-badge').count()).toBe(0)

    const second = highlightCard(reopened.page, SECOND)
    await second.locator('.hl-card__quote').click()
    await second.getByTestId('review-reject').click()
    await expect.poll(() => reopened.page.getByTestId('lost-passage').innerText()).toContain(SECOND)
    await expect.poll(async () => (await painted(reopened.page))['exz-review'] ?? []).toEqual([])
  })
})
