import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { waitForCorpus } from './pages/app-page'
import { FAR_PASSAGE, OTHER_TITLE, PASSAGE, TITLE, appFixture } from './pages/fixtures'
import { highlightAndOpen, highlightCard, highlightSelection, openHighlightCard, pasteTooLongNote, showHighlightsOf, toast, writeNote } from './pages/notebook-page'
import { openDocument, painted, paintedInView, pointAt, selectPassage } from './pages/reader-page'

const fixture = appFixture()
const shoot = (name: string) => fixture.shoot(name)

describe('highlighting in the reader', () => {
  it('highlights a selection with a colour, tags and a note, and keeps all of it across a reload', async () => {
    const app = await fixture.start()
    const { page } = app

    await selectPassage(page, PASSAGE)
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    await shoot('highlights-popover')
    await highlightSelection(page, { color: 'green', tags: ['Akteure/Russland', 'Treffen'], note: 'Erster persönlicher Empfang' })

    // Painted with the Custom Highlight API, over exactly the selected text.
    await expect.poll(async () => (await painted(page))['exz-green']).toEqual([PASSAGE])

    // The new highlight opens in the notebook: a longer note with formatting, saved as it is typed.
    const card = highlightCard(page, PASSAGE)
    await card.getByTestId('note-editor').waitFor()
    await card.getByTestId('note-editor').click()
    await page.keyboard.press('End')
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+B')
    await page.keyboard.type('Quellenlage:')
    await page.keyboard.press('Control+B')
    await page.keyboard.type(' nur KCNA.')
    await expect.poll(() => card.getByTestId('save-status').innerText()).toBe('Saved')
    expect(await card.getByTestId('tag-chip').allInnerTexts()).toEqual(['Akteure/Russland', 'Treffen'])
    await shoot('highlights-card-editing')

    // It is on disk: the journal (or a compacted snapshot) holds the note's words.
    const dataDir = path.dirname(app.session.state().notebook!.file)
    const stored = (await readFile(path.join(dataDir, 'notebook.json'), 'utf8').catch(() => '')) + (await readFile(path.join(dataDir, 'notebook.journal'), 'utf8').catch(() => ''))
    expect(stored).toContain('nur KCNA.')

    await app.reload()
    await waitForCorpus(page, 5)
    await openDocument(page, TITLE)
    await expect.poll(async () => (await painted(page))['exz-green']).toEqual([PASSAGE])
    const reloaded = highlightCard(page, PASSAGE)
    await expect.poll(() => reloaded.innerText()).toContain('Erster persönlicher Empfang')
    const opened = await openHighlightCard(page, PASSAGE)
    await expect.poll(() => opened.getByTestId('note-editor').innerHTML()).toContain('<strong>Quellenlage:</strong>')
  })

  it('shows a card on hover, opens the highlight on click, keeps overlapping highlights visible, and H repeats the last style', async () => {
    const app = await fixture.start()
    const { page } = app

    await selectPassage(page, 'Kim hatte Putin persönlich')
    await highlightSelection(page, { color: 'blue', tags: ['Personen'], note: 'Wer empfängt wen?' })
    // A second, overlapping highlight by keyboard: select, then H (last colour and tags).
    await selectPassage(page, 'persönlich am Flughafen')
    await page.getByTestId('highlight-popover').waitFor()
    await page.keyboard.press('h')
    await page.getByTestId('highlight-popover').waitFor({ state: 'detached' })

    await expect.poll(async () => (await painted(page))['exz-blue']?.sort()).toEqual(['Kim hatte Putin persönlich', 'persönlich am Flughafen'])
    expect((await painted(page))['exz-overlap']).toEqual(['persönlich'])
    await expect.poll(() => highlightCard(page, 'persönlich am Flughafen').getByTestId('tag-chip').allInnerTexts()).toEqual(['Personen'])

    // Hover: tags and the start of the note; click: the highlight opens in the notebook.
    await page.mouse.click(5, 5)
    await pointAt(page, 'hatte Putin')
    const hover = page.getByTestId('highlight-hover')
    await hover.waitFor()
    expect(await hover.innerText()).toMatch(/Personen[\s\S]*Wer empfängt wen\?/)
    await shoot('highlights-hover')
    await page.mouse.down()
    await page.mouse.up()
    await expect.poll(() => highlightCard(page, 'Kim hatte Putin persönlich').getAttribute('class')).toContain('is-expanded')
  })

  it('completes tags from the notebook, takes a typed name as a new tag on Enter, and saves on Enter in the empty field', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Akteure/Russland'] })

    await selectPassage(page, 'Die staatliche Nachrichtenagentur KCNA')
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    // From the reader, T goes to the tags.
    await page.keyboard.press('t')
    const field = popover.getByRole('combobox', { name: 'Tags' })
    await expect.poll(() => field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await page.keyboard.type('russ')
    const options = popover.getByRole('option')
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringMatching(/New tag\s*russ/), expect.stringMatching(/Akteure\/Russland\s*1/)])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Medien/Staatsmedien')
    await shoot('highlights-tag-completion')
    await page.keyboard.press('Enter')
    expect(await popover.getByTestId('tag-chip').allInnerTexts()).toEqual(['Akteure/Russland', 'Medien/Staatsmedien'])
    await page.keyboard.press('Enter')
    await popover.waitFor({ state: 'detached' })
    await expect.poll(() => highlightCard(page, 'Die staatliche Nachrichtenagentur KCNA').getByTestId('tag-chip').allInnerTexts()).toEqual([
      'Akteure/Russland',
      'Medien/Staatsmedien',
    ])
  })

  it('highlights a passage across two paragraphs', async () => {
    const app = await fixture.start()
    const { page } = app
    // Esc closes the popover without highlighting.
    await selectPassage(page, 'die Basis für\nunsere langfristigen Beziehungen')
    await page.getByTestId('highlight-popover').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('highlight-popover').waitFor({ state: 'detached' })
    expect(app.session.notebook().highlights).toHaveLength(0)

    // Pressing on the still selected text would drag it: click elsewhere first, as one does.
    await page.getByTestId('reader-title').click()
    await selectPassage(page, 'die Basis für\nunsere langfristigen Beziehungen')
    await highlightSelection(page, { color: 'pink' })
    await expect.poll(async () => (await painted(page))['exz-pink']).toEqual(['die Basis für', 'unsere langfristigen Beziehungen'])
    expect(app.session.notebook().highlights[0]!.quote.exact).toBe('die Basis für\nunsere langfristigen Beziehungen')
  })

  it('opens a highlight of another document from the notebook: the reader shows the passage and flashes it', async () => {
    const app = await fixture.start({ open: OTHER_TITLE })
    const { page } = app
    const far = FAR_PASSAGE
    await selectPassage(page, far)
    await highlightSelection(page, { color: 'orange' })

    await openDocument(page, TITLE)
    await showHighlightsOf(page, 'all')
    await highlightCard(page, far).locator('.hl-card__quote').click()
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toContain('Wir werden den Imperialismus')
    await expect.poll(async () => (await painted(page))['exz-flash']).toEqual([far])
    await expect.poll(() => paintedInView(page, 'exz-flash')).toBe(true)
    expect((await painted(page))['exz-orange']).toEqual([far])
  })

  it('keeps a note that cannot be saved in the editor and says why', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE, { note: 'Anfang. ' })
    await pasteTooLongNote(page)
    const status = card.getByTestId('save-status')
    await expect.poll(() => status.innerText()).toMatch(/^Not saved: The note is too long/)
    expect((await card.getByTestId('note-editor').innerText()).length).toBeGreaterThan(1_000_000)
    await shoot('highlights-note-not-saved')
    // The stored note is still the last one that was saved.
    expect(JSON.stringify(app.session.notebook().highlights[0]!.note)).toContain('Anfang.')
    expect(JSON.stringify(app.session.notebook().highlights[0]!.note).length).toBeLessThan(1000)

    await page.keyboard.press('Control+A')
    await page.keyboard.type('Kurz gefasst.')
    await expect.poll(() => status.innerText()).toBe('Saved')
    expect(JSON.stringify(app.session.notebook().highlights[0]!.note)).toContain('Kurz gefasst.')
  })

  it('deletes a highlight and brings it back with Undo, Ctrl+Z or the menu', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'] })
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])

    const card = await openHighlightCard(page, PASSAGE)
    await writeNote(card, 'Eine Notiz')
    await card.getByTestId('delete-note').click()
    await expect.poll(() => toast(page).innerText()).toContain('Note deleted')
    await expect.poll(() => card.getByTestId('note-editor').innerText().then((t) => t.trim())).toBe('')
    await toast(page).getByTestId('toast-undo').click()
    await expect.poll(() => card.getByTestId('note-editor').innerText()).toBe('Eine Notiz')

    await card.getByTestId('delete-highlight').click()
    await expect.poll(() => toast(page).innerText()).toContain('Highlight deleted')
    await expect.poll(async () => (await painted(page))['exz-yellow'] ?? []).toEqual([])
    await shoot('highlights-undo-toast')
    await toast(page).getByTestId('toast-undo').click()
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])

    // Ctrl+Z outside a text field undoes the notebook's last deletion.
    await openHighlightCard(page, PASSAGE)
    await highlightCard(page, PASSAGE).getByTestId('delete-highlight').click()
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(0)
    await page.getByTestId('reader').focus()
    await page.keyboard.press('Control+Z')
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(1)

    // Edit › Undo from the menu does the same.
    await openHighlightCard(page, PASSAGE)
    await highlightCard(page, PASSAGE).getByTestId('delete-highlight').click()
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(0)
    await page.getByTestId('reader').focus()
    await app.sendCommand('undo')
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(1)
  })
})
