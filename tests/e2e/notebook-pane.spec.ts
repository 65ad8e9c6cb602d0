import { describe, expect, it } from 'vitest'
import { searchFor, waitForCorpus } from './pages/app-page'
import { PASSAGE, TITLE, appFixture } from './pages/fixtures'
import { highlightCard, highlightSelection, openHighlightCard, overflowingInPane, showTab, toast, writeNote } from './pages/notebook-page'
import { openDocument, painted, selectPassage } from './pages/reader-page'

const fixture = appFixture()
const shoot = (name: string) => fixture.shoot(name)
const start = () => fixture.start()

describe('memos', () => {
  it('writes a memo on the document and one on the whole notebook, keeps them, and deletes with undo', async () => {
    const running = await start()
    const { page } = running
    await showTab(page, 'memos')
    await page.getByTestId('new-memo').click()
    const editor = page.getByTestId('memo-editor')
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('memo-editor')
    await page.keyboard.type('Die Quellenlage ist dünn: fast alles stammt von KCNA.')
    await expect.poll(() => page.getByTestId('memo-card').first().getByTestId('save-status').innerText()).toBe('Saved')
    await expect.poll(() => running.session.notebook().memos.map((m) => m.docId)).toEqual(['001_9c5a38ccf7a2ab37.txt'])
    await editor.press('Control+End')

    // Notebook › New Memo in the menu; this one about the whole notebook.
    await running.sendCommand('new-memo')
    await page.getByRole('radio', { name: 'Whole notebook' }).click()
    await shoot('memos-new')
    await page.getByTestId('memo-editor').click()
    await page.keyboard.type('Leitfrage: Was liefert Nordkorea wirklich?')
    await expect.poll(() => running.session.notebook().memos.length).toBe(2)
    await expect.poll(() => running.session.notebook().memos.find((m) => m.docId === null) !== undefined).toBe(true)
    await page.getByRole('button', { name: 'Collapse' }).click()
    await expect.poll(() => page.locator('.memos__section').allInnerTexts()).toEqual([
      expect.stringMatching(/THIS DOCUMENT[\s\S]*Quellenlage ist dünn/i),
      expect.stringMatching(/WHOLE NOTEBOOK[\s\S]*Leitfrage/i),
    ])
    await shoot('memos')

    await running.reload()
    await waitForCorpus(page, 5)
    await showTab(page, 'memos')
    await expect.poll(() => page.getByTestId('memo-card').count()).toBe(2)
    await page.getByTestId('memo-card').filter({ hasText: 'Leitfrage' }).locator('button').first().click()
    await page.getByTestId('delete-memo').click()
    await expect.poll(() => toast(page).innerText()).toContain('Memo deleted')
    await expect.poll(() => page.getByTestId('memo-card').count()).toBe(1)
    await toast(page).getByTestId('toast-undo').click()
    await expect.poll(() => page.getByTestId('memo-card').count()).toBe(2)
  })
})

describe('the pane in a small window', () => {
  it('fits an open highlight with its editor and filters into a 1024 px wide window', async () => {
    const { page } = await fixture.start({ viewport: { width: 1024, height: 700 } })
    await selectPassage(page, PASSAGE)
    await page.getByTestId('highlight-popover').waitFor()
    await shoot('pane-small-window-popover')
    // The reading column keeps room for the text.
    expect(await page.getByTestId('reader').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThanOrEqual(480)
    await highlightSelection(page, { tags: ['Akteure/Russland', 'Treffen', 'Sehr/langer/Tagname/mit/Ebenen'] })
    const card = await openHighlightCard(page, PASSAGE)
    await writeNote(card, 'Eine Notiz, die etwas länger ist, damit sie umbricht und der Platz knapp wird.')
    expect(await overflowingInPane(page)).toEqual([])
    await shoot('pane-small-window')
  })
})

describe('searching the notebook', () => {
  it('finds words of a note and of a memo, labelled as such, and opens them', async () => {
    const running = await start()
    const { page } = running
    await selectPassage(page, PASSAGE)
    await highlightSelection(page, { tags: ['Treffen'] })
    await writeNote(await openHighlightCard(page, PASSAGE), 'Ein Fall für die Quellenkritik.')
    await showTab(page, 'memos')
    await page.getByTestId('new-memo').click()
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('memo-editor')
    await page.keyboard.type('Quellenkritik als Methode')
    await expect.poll(() => running.session.notebook().memos.length).toBe(1)
    await showTab(page, 'highlights')
    await openDocument(page, 'Berichten zufolge plant')

    await searchFor(page, 'Quellenkritik')
    const hits = page.getByTestId('note-hit')
    await expect.poll(() => hits.count()).toBe(2)
    const note = hits.filter({ hasText: 'Ein Fall für die' })
    expect(await note.innerText()).toMatch(/In a note[\s\S]*Pjöngjang: Russland/)
    expect(await note.locator('mark').innerText()).toBe('Quellenkritik')
    expect(await hits.filter({ hasText: 'als Methode' }).innerText()).toMatch(/In a memo/)
    expect(await page.getByTestId('note-hits').innerText()).toMatch(/In your notebook/i)
    // The words are in no source document.
    expect(await page.locator('.sidebar__list').innerText()).toMatch(/In sources\s*nothing found/i)
    await shoot('search-notes')

    await note.click()
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toContain(TITLE)
    await expect.poll(() => highlightCard(page, PASSAGE).getAttribute('class')).toContain('is-expanded')
    await expect.poll(async () => (await painted(page))['exz-flash']).toEqual([PASSAGE])

    await hits.filter({ hasText: 'als Methode' }).click()
    await expect.poll(() => page.getByTestId('memo-card').filter({ hasText: 'Quellenkritik als Methode' }).getAttribute('class')).toContain('is-expanded')
  })
})
