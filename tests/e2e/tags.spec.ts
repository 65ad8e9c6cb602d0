import { describe, expect, it } from 'vitest'
import type { RunningApp } from './launch-app'
import { PASSAGE as FIRST, SECOND, THIRD, appFixture } from './pages/fixtures'
import { chooseTag, filterByTag, highlightCard, highlightSelection, showHighlightsOf, toast } from './pages/notebook-page'
import { openDocument, selectPassage } from './pages/reader-page'

const fixture = appFixture()
const shoot = (name: string) => fixture.shoot(name)

/** Three tagged highlights in one document. */
async function setUp(): Promise<RunningApp> {
  const app = await fixture.start()
  const { page } = app
  await selectPassage(page, FIRST)
  await highlightSelection(page, { tags: ['Akteure/Russland', 'Treffen'] })
  await selectPassage(page, SECOND)
  await highlightSelection(page, { tags: ['Akteure/Nordkorea'] })
  await selectPassage(page, THIRD)
  await highlightSelection(page, { tags: ['Kim'] })
  await expect.poll(() => page.getByTestId('highlight-card').count()).toBe(3)
  return app
}

const chips = (app: RunningApp, quote: string) => highlightCard(app.page, quote).getByTestId('tag-chip').allInnerTexts()

describe('the tag manager', () => {
  it('renames tags with their sub-tags, refuses a clash, merges, deletes, and undoes', async () => {
    const running = await setUp()
    const { page } = running
    // Notebook › Manage Tags… in the menu.
    await running.sendCommand('manage-tags')
    const dialog = page.getByTestId('tag-manager')
    await dialog.waitFor()
    const treeNames = () => dialog.getByTestId('tag-tree-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-tag-name')))
    // Every level of a nested name is a tag of its own.
    await expect.poll(treeNames).toEqual(['Akteure', 'Akteure/Nordkorea', 'Akteure/Russland', 'Kim', 'Treffen'])

    // A new tag, named loosely: main's rules tidy the name.
    await dialog.getByTestId('new-tag-name').fill(' Orte /  Pjöngjang ')
    await dialog.getByTestId('new-tag-name').press('Enter')
    await expect.poll(() => dialog.getByTestId('tag-name').inputValue()).toBe('Orte/Pjöngjang')

    // The parent level, renamed with everything below it.
    await chooseTag(dialog, 'Akteure')
    expect(await dialog.getByTestId('tag-details').innerText()).toMatch(/Its 2 sub-tags move along/)
    await dialog.getByTestId('tag-delete').click()
    expect(await dialog.getByTestId('tag-delete-question').innerText()).toBe('Delete “Akteure” and its 2 sub-tags? Highlights stay.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.getByTestId('tag-name').fill('Beteiligte')
    await dialog.getByTestId('tag-rename').click()
    await expect.poll(treeNames).toEqual([
      'Beteiligte',
      'Beteiligte/Nordkorea',
      'Beteiligte/Russland',
      'Kim',
      'Orte',
      'Orte/Pjöngjang',
      'Treffen',
    ])
    await expect.poll(() => dialog.getByTestId('tag-details').innerText()).toMatch(/On 0 highlights · 2 highlights with the tags below it/)

    // Renaming onto an existing name is refused with main's message.
    await chooseTag(dialog, 'Kim')
    await dialog.getByTestId('tag-name').fill('Beteiligte/Nordkorea')
    await dialog.getByTestId('tag-rename').click()
    await expect.poll(() => dialog.getByTestId('tag-error').innerText()).toMatch(/exists already/)
    await shoot('tags-manager')

    // Merge instead; the toast (above the dialog) offers Undo.
    await dialog.getByTestId('tag-merge-target').selectOption({ label: 'Beteiligte/Nordkorea' })
    await dialog.getByTestId('tag-merge').click()
    await expect.poll(() => toast(page).innerText()).toMatch(/Undo/)
    await expect.poll(() => dialog.locator('[data-tag-name="Kim"]').count()).toBe(0)
    await toast(page).getByTestId('toast-undo').click()
    await expect.poll(() => dialog.locator('[data-tag-name="Kim"]').count()).toBe(1)
    await chooseTag(dialog, 'Kim')
    await dialog.getByTestId('tag-merge-target').selectOption({ label: 'Beteiligte/Nordkorea' })
    await dialog.getByTestId('tag-merge').click()
    await expect.poll(() => dialog.locator('[data-tag-name="Kim"]').count()).toBe(0)

    // Colour and description.
    await chooseTag(dialog, 'Beteiligte/Russland')
    await dialog.locator('[role="radio"][data-color="blue"]').click()
    await dialog.getByLabel('Description').fill('Russische Seite')
    await dialog.getByTestId('tag-name').focus()
    await expect.poll(() => running.session.notebook().data.tags.find((t) => t.name === 'Beteiligte/Russland')?.description).toBe('Russische Seite')
    expect(running.session.notebook().data.tags.find((t) => t.name === 'Beteiligte/Russland')?.color).toBe('blue')

    // Deleting a tag keeps its highlights; a tag with sub-tags asks first, naming them.
    await chooseTag(dialog, 'Treffen')
    await dialog.getByTestId('tag-delete').click()
    await expect.poll(() => dialog.locator('[data-tag-name="Treffen"]').count()).toBe(0)
    await chooseTag(dialog, 'Orte')
    await dialog.getByTestId('tag-delete').click()
    expect(await dialog.getByTestId('tag-delete-question').innerText()).toBe('Delete “Orte” and its sub-tag? Highlights stay.')
    await shoot('tags-delete-confirm')
    await dialog.getByTestId('tag-delete-confirm').click()
    await expect.poll(() => dialog.locator('[data-tag-name="Orte/Pjöngjang"]').count()).toBe(0)
    await expect.poll(() => toast(page).innerText()).toMatch(/Tag “Orte” and 1 sub-tag\(s\) deleted/)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    await expect.poll(() => chips(running, FIRST)).toEqual(['Beteiligte/Russland'])
    await expect.poll(() => chips(running, SECOND)).toEqual(['Beteiligte/Nordkorea'])
    expect(await chips(running, THIRD)).toEqual(['Beteiligte/Nordkorea'])
    expect(await page.getByTestId('highlight-card').count()).toBe(3)
  })

  it('filters the highlights by tags (all of / any of, sub-tags included), by words and by document', async () => {
    const running = await setUp()
    const { page } = running
    const cards = page.getByTestId('highlight-card')
    const filterChips = () => page.getByTestId('highlight-filters').getByTestId('tag-chip').allInnerTexts()

    await filterByTag(page, 'Akteure/Nordkorea')
    await expect.poll(filterChips).toEqual(['Akteure/Nordkorea'])
    await expect.poll(() => cards.allInnerTexts()).toEqual([expect.stringContaining(SECOND)])

    // Two tags: all of them (none has both), then any of them.
    await filterByTag(page, 'Akteure/Russland')
    await expect.poll(filterChips).toEqual(['Akteure/Nordkorea', 'Akteure/Russland'])
    await expect.poll(() => cards.count()).toBe(0)
    expect(await page.getByTestId('highlight-count').innerText()).toMatch(/0 highlights match/)
    await page.getByRole('radio', { name: 'Any of them' }).click()
    await expect.poll(() => cards.count()).toBe(2)
    await shoot('tags-filters')
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(() => cards.count()).toBe(3)

    // A parent tag stands for its sub-tags.
    await expect.poll(() => page.getByTestId('filter-tag').locator('option').allInnerTexts()).toContain('Akteure (2)')
    await filterByTag(page, 'Akteure')
    await expect.poll(() => cards.count()).toBe(2)
    await page.getByRole('button', { name: 'Clear filters' }).click()

    await page.getByTestId('filter-text').fill('kcna')
    await expect.poll(() => cards.allInnerTexts()).toEqual([expect.stringContaining(THIRD)])
    await page.getByTestId('filter-text').fill('')

    // Another document: "This document" follows the reader, "All documents" shows every one.
    await openDocument(page, 'Berichten zufolge plant')
    await expect.poll(() => cards.count()).toBe(0)
    await showHighlightsOf(page, 'all')
    await expect.poll(() => cards.count()).toBe(3)
    await page.getByTestId('filter-sort').selectOption('created')
    await expect.poll(() => cards.first().innerText()).toContain(THIRD)
    await showHighlightsOf(page, 'Berichten zufolge')
    await expect.poll(() => cards.count()).toBe(0)
  })
})
