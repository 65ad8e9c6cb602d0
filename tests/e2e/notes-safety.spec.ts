import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { tempCorpus } from './launch-app'
import { searchFor } from './pages/app-page'
import { PASSAGE, SECOND, THIRD, appFixture } from './pages/fixtures'
import { highlightAndOpen, highlightCard, highlightSelection, openHighlightCard, openTagManager, pasteTooLongNote, showTab, writeNote } from './pages/notebook-page'
import { painted, selectPassage } from './pages/reader-page'

const fixture = appFixture()

const focusedTestId = (page: Page) => page.evaluate("document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName")

describe('nothing typed is lost', () => {
  it('saves a note typed just before the window closes, and the popover’s unsaved highlight too', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE)
    await card.getByTestId('note-editor').click()
    await page.keyboard.type('Letzte Worte')
    // Within the autosave delay: nothing is on disk yet, closing must save it.
    expect(await app.prepareClose()).toBe(true)
    expect(JSON.stringify(app.session.notebook().highlights[0]!.note)).toContain('Letzte Worte')

    // Tags typed in the popover, not yet saved as a highlight: closing keeps them as one.
    await selectPassage(page, SECOND)
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    await page.keyboard.press('t')
    await page.keyboard.type('Entwurf')
    await page.keyboard.press('Enter')
    await app.prepareClose()
    const saved = app.session.notebook().highlights.find((h) => h.quote.exact === SECOND)
    expect(saved?.tagIds.map((id) => app.session.notebook().data.tags.find((t) => t.id === id)?.name)).toEqual(['Entwurf'])
  })

  it('keeps what was typed in the popover on a click elsewhere, and carries it to a new selection', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    await popover.getByRole('button', { name: '+ Add a note' }).click()
    await expect.poll(() => focusedTestId(page)).toBe('popover-note')
    await page.keyboard.type('Nicht verlieren')

    // A click in the text: the popover stays and says why.
    await page.getByTestId('reader-title').click()
    await expect.poll(() => popover.getByTestId('popover-kept').innerText()).toMatch(/Not highlighted yet/)
    expect(await popover.getByTestId('popover-note').innerText()).toBe('Nicht verlieren')
    await fixture.shoot('popover-kept')

    // Selecting again moves the popover there with the note.
    await selectPassage(page, THIRD)
    await expect.poll(() => popover.getByTestId('popover-kept').innerText()).toMatch(/Moved to the new selection/)
    expect(await popover.getByTestId('popover-note').innerText()).toBe('Nicht verlieren')
    await popover.getByTestId('popover-save').click()
    await popover.waitFor({ state: 'detached' })
    await expect.poll(() => highlightCard(page, THIRD).innerText()).toContain('Nicht verlieren')
    expect(app.session.notebook().highlights).toHaveLength(1)
    // Focus goes back to the reader, not to <body>.
    await expect.poll(() => focusedTestId(page)).toBe('reader')

    // An empty popover still goes away on a click elsewhere.
    await selectPassage(page, PASSAGE)
    await popover.waitFor()
    await page.getByTestId('reader-title').click()
    await popover.waitFor({ state: 'detached' })
  })

  it('saves a note typed just before File › Open Folder… into the notebook it belongs to', async () => {
    const other = await tempCorpus()
    const app = await fixture.start({ pickFolder: async () => other.corpusDir })
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE)
    await card.getByTestId('note-editor').click()
    await page.keyboard.type('Vor dem Wechsel')
    const oldFile = app.session.state().notebook!.file
    await app.sendCommand('open-folder')
    await expect.poll(() => app.session.state().corpus?.root).toBe(other.corpusDir)
    await expect.poll(() => app.session.state().notebook?.file).not.toBe(oldFile)
    // The old notebook was saved and closed: its snapshot on disk holds the note.
    const saved = JSON.parse(await readFile(oldFile, 'utf8')) as { highlights: Array<{ note: unknown }> }
    expect(JSON.stringify(saved.highlights[0]!.note)).toContain('Vor dem Wechsel')
    expect(app.session.notebook().highlights).toHaveLength(0)
    // Saved first, then the folder was asked for (not left to a timer racing the switch).
    const calls = app.invocations
    expect(calls.lastIndexOf('updateHighlight')).toBeLessThan(calls.lastIndexOf('openFolder'))
  })

  it('keeps a note whose save failed after its card closed, says so, and brings it back', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE, { note: 'Anfang. ' })
    await pasteTooLongNote(page)
    await expect.poll(() => card.getByTestId('save-status').innerText()).toMatch(/^Not saved/)
    await card.getByRole('button', { name: 'Collapse' }).click()
    const unsaved = page.getByTestId('unsaved-notes')
    await expect.poll(() => unsaved.innerText()).toMatch(/A note could not be saved: The note is too long[\s\S]*Retry/)
    await fixture.shoot('notes-unsaved-toast')
    // Closing the window now would lose it: the page answers "not saved" and main keeps the window open.
    expect(await app.prepareClose()).toBe(false)

    // Opening the card again shows the unsaved text, still "Not saved"; a shorter note saves and the notice goes.
    const reopened = await openHighlightCard(page, PASSAGE)
    expect((await reopened.getByTestId('note-editor').innerText()).length).toBeGreaterThan(1_000_000)
    await reopened.getByTestId('note-editor').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Kurz.')
    await expect.poll(() => reopened.getByTestId('save-status').innerText()).toBe('Saved')
    await expect.poll(() => unsaved.count()).toBe(0)
    expect(JSON.stringify(app.session.notebook().highlights[0]!.note)).toContain('Kurz.')
    expect(await app.prepareClose()).toBe(true)
  })
})

describe('keys go where the focus is', () => {
  it('Ctrl+Z in the popover leaves the notebook alone; Edit › Undo in a note undoes the typing', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    await highlightSelection(page)
    await selectPassage(page, SECOND)
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    // Focus on a colour (a button, not a text field) inside the popover.
    await popover.locator('[role="radio"][aria-checked="true"]').focus()
    await page.keyboard.press('Control+Z')
    // A round trip to main: an undo sent by the key would have been handled by now.
    await page.evaluate('window.exzerpt.getState()')
    expect(app.session.notebook().highlights).toHaveLength(1)
    await page.keyboard.press('Escape')
    await page.getByTestId('highlight-popover').waitFor({ state: 'detached' })

    const card = await openHighlightCard(page, PASSAGE)
    await writeNote(card, 'Erster Satz.')
    await page.keyboard.type(' Zweiter')
    await app.sendCommand('undo')
    await expect.poll(() => card.getByTestId('note-editor').innerText()).not.toContain('Zweiter')
    // The notebook's own undo was not used: the highlight is still there.
    expect(app.session.notebook().highlights).toHaveLength(1)
    expect(await highlightCard(page, PASSAGE).count()).toBe(1)
  })

  it('Esc in a dialog or another field leaves the search alone; in the search box it clears it', async () => {
    const app = await fixture.start()
    const { page } = app
    await searchFor(page, 'Munition')
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(0)

    const dialog = await openTagManager(page)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await page.getByTestId('search-input').inputValue()).toBe('Munition')

    await page.getByTestId('filter-text').fill('kcna')
    await page.getByTestId('filter-text').press('Escape')
    expect(await page.getByTestId('search-input').inputValue()).toBe('Munition')

    await page.getByTestId('search-input').focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('')
  })

  it('keeps the filters across a tab switch and opens one new memo per request', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'] })
    await page.getByTestId('filter-text').fill('persönlich')
    await page.getByTestId('filter-sort').selectOption('created')

    await app.sendCommand('new-memo')
    await expect.poll(() => focusedTestId(page)).toBe('memo-editor')
    await expect.poll(() => page.getByTestId('memo-card').first().getByTestId('save-status').innerText()).toBe('Not saved yet — start typing')
    await page.keyboard.type('Eine Notiz')
    await expect.poll(() => app.session.notebook().memos.length).toBe(1)
    await showTab(page, 'highlights')
    expect(await page.getByTestId('filter-text').inputValue()).toBe('persönlich')
    expect(await page.getByTestId('filter-sort').inputValue()).toBe('created')
    await showTab(page, 'memos')
    await showTab(page, 'highlights')
    await showTab(page, 'memos')
    expect(await page.locator('[data-testid="memo-card"]:visible').count()).toBe(1)
    expect(app.session.notebook().memos).toHaveLength(1)

    // Arrow keys move between the tabs.
    await page.getByTestId('tab-memos').focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => page.getByTestId('tab-highlights').getAttribute('aria-selected')).toBe('true')
    expect(await focusedTestId(page)).toBe('tab-highlights')
  })

  it('Backspace marks the last tag of a card first, then removes it', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE, { tags: ['Treffen', 'Akteure/Russland'] })
    const chips = card.getByTestId('tag-chip')
    await card.getByRole('combobox', { name: 'Tags of this highlight' }).click()
    await page.keyboard.press('Backspace')
    expect(await chips.count()).toBe(2)
    expect(await chips.last().getAttribute('class')).toContain('is-marked')
    await fixture.shoot('card-tag-marked')
    await page.keyboard.press('Backspace')
    await expect.poll(() => chips.allInnerTexts()).toEqual(['Treffen'])
    await expect.poll(() => app.session.notebook().highlights[0]!.tagIds.length).toBe(1)
  })

  it('takes a bare address as a link and opens links outside the app', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE, { note: 'Quelle' })
    await page.keyboard.press('Control+A')
    await card.getByRole('button', { name: 'Link' }).click()
    const address = card.getByRole('textbox', { name: 'Link address' })
    await address.fill('zeit.de/artikel')
    await address.press('Enter')
    await expect.poll(() => card.getByTestId('note-editor').innerHTML()).toContain('href="https://zeit.de/artikel"')
    await expect.poll(() => JSON.stringify(app.session.notebook().highlights[0]!.note)).toContain('https://zeit.de/artikel')

    await card.getByTestId('note-editor').locator('a').click({ modifiers: ['Control'] })
    await expect.poll(() => app.externalLinks).toEqual(['https://zeit.de/artikel'])
    await card.getByRole('button', { name: 'Link' }).click()
    await fixture.shoot('note-link-form')
    await card.getByRole('button', { name: 'Open' }).click()
    await expect.poll(() => app.externalLinks).toHaveLength(2)
    expect((await painted(page))['exz-yellow']).toEqual([PASSAGE])
  })

  it('says so when it clears the filters to show a new highlight they hide', async () => {
    const app = await fixture.start()
    const { page } = app
    await page.getByTestId('filter-text').fill('Nordpol')
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'] })
    await expect.poll(() => page.getByTestId('filters-cleared').innerText()).toBe('Filters cleared to show the highlight.')
    expect(await page.getByTestId('filter-text').inputValue()).toBe('')
    await expect.poll(() => highlightCard(page, PASSAGE).getAttribute('class')).toContain('is-expanded')
  })

  it('ends quick colour changes on a card with the last one chosen', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE)
    await card.locator('[role="radio"][data-color="green"]').click()
    await card.locator('[role="radio"][data-color="pink"]').click()
    await card.locator('[role="radio"][data-color="blue"]').click()
    await expect.poll(() => app.session.notebook().highlights[0]!.color).toBe('blue')
    await expect.poll(async () => (await painted(page))['exz-blue']).toEqual([PASSAGE])
    expect(await card.locator('[role="radio"][aria-checked="true"]').getAttribute('data-color')).toBe('blue')
  })

  it('hides the popover while its passage is scrolled out of the reader', async () => {
    const app = await fixture.start()
    const { page } = app
    await selectPassage(page, PASSAGE)
    const popover = page.getByTestId('highlight-popover')
    await popover.waitFor()
    const scroll = (by: number) => page.evaluate(`document.querySelector('.reader-scroll').scrollBy(0, ${by})`)
    await scroll(3000)
    await expect.poll(() => popover.getAttribute('data-hidden')).toBe('')
    await scroll(-3000)
    await expect.poll(() => popover.getAttribute('data-hidden')).toBeNull()
    expect(await popover.isVisible()).toBe(true)
  })
})

describe('work per change', () => {
  it('typing a note asks main again only for the highlights, once', async () => {
    const app = await fixture.start()
    const { page } = app
    const card = await highlightAndOpen(page, PASSAGE, { tags: ['Treffen'], note: 'Erste Zeile.' })
    const before = app.invocations.length
    await page.keyboard.type(' Noch ein Satz.')
    await expect.poll(() => card.getByTestId('save-status').innerText()).toBe('Saved')
    await expect.poll(() => app.invocations.slice(before).includes('listHighlights')).toBe(true)
    await page.evaluate('window.exzerpt.getState()')
    // No tags, no memos; and the reader's paint and the pane ask the same question, so one answer serves both.
    const calls = app.invocations.slice(before).filter((c) => c.startsWith('list'))
    expect(calls).toEqual(['listHighlights'])
  })
})
