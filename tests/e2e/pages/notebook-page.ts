import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { OVERFLOWING, call } from './page-scripts'
import { selectPassage } from './reader-page'

/** Notebook helpers for the end-to-end specs: the selection popover, the pane, the tag manager. */

/** In the popover that follows a selection: colour, tags (each confirmed with Enter), an optional note; Enter saves. */
export async function highlightSelection(page: Page, options: { color?: string; tags?: string[]; note?: string } = {}): Promise<void> {
  const popover = page.getByTestId('highlight-popover')
  await popover.waitFor()
  if (options.color) await popover.locator(`[role="radio"][data-color="${options.color}"]`).click()
  const tagField = popover.getByRole('combobox', { name: 'Tags' })
  for (const tag of options.tags ?? []) {
    await tagField.click()
    await tagField.fill(tag)
    await tagField.press('Enter')
  }
  if (options.note) {
    await popover.getByRole('button', { name: '+ Add a note' }).click()
    // Type once the editor has taken focus, as a person would after seeing it.
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('popover-note')
    await page.keyboard.type(options.note)
    await page.keyboard.press('Enter')
  } else {
    await popover.getByTestId('popover-save').click()
  }
  await popover.waitFor({ state: 'detached' })
}

export function highlightCard(page: Page, quote: string): Locator {
  return page.getByTestId('highlight-card').filter({ hasText: quote })
}

/** Opens a highlight from the notebook pane (its passage opens in the reader) and returns its card. */
export async function openHighlightCard(page: Page, quote: string): Promise<Locator> {
  const card = highlightCard(page, quote)
  await card.locator('.hl-card__quote').click()
  await card.getByTestId('note-editor').waitFor()
  return card
}

/** Types into the open card's note and waits until main says it is on disk. */
export async function writeNote(card: Locator, text: string): Promise<void> {
  await card.getByTestId('note-editor').click()
  await card.page().keyboard.type(text)
  await expect.poll(() => card.getByTestId('save-status').innerText()).toBe('Saved')
}

/**
 * Highlights a passage of the open document with the popover (plain, or with
 * tags) and opens its card with the note editor; a note, when given, is typed
 * and saved.
 */
export async function highlightAndOpen(page: Page, passage: string, options: { tags?: string[]; note?: string } = {}): Promise<Locator> {
  await selectPassage(page, passage)
  await highlightSelection(page, { tags: options.tags })
  const card = await openHighlightCard(page, passage)
  if (options.note) await writeNote(card, options.note)
  return card
}

/** Pastes more into the focused note than main accepts for one note (1 MB), so its save fails. */
export async function pasteTooLongNote(page: Page): Promise<void> {
  await page.evaluate(
    "(() => { const data = new DataTransfer(); data.setData('text/plain', 'Zitat '.repeat(200000)); document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })) })()",
  )
}

export async function showTab(page: Page, tab: 'highlights' | 'memos'): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click()
}

export async function openTagManager(page: Page): Promise<Locator> {
  await page.getByTestId('manage-tags').click()
  const dialog = page.getByTestId('tag-manager')
  await dialog.waitFor()
  return dialog
}

export async function chooseTag(dialog: Locator, name: string): Promise<void> {
  await dialog.locator(`[data-testid="tag-tree-item"][data-tag-name="${name}"]`).click()
  await expect.poll(() => dialog.getByTestId('tag-name').inputValue()).toBe(name)
}

export function toast(page: Page): Locator {
  return page.getByTestId('toast')
}

/** Adds a tag to the pane's filter, by the tag's full name. */
export async function filterByTag(page: Page, name: string): Promise<void> {
  const select = page.getByTestId('filter-tag')
  const labels = await select.locator('option').allInnerTexts()
  const label = labels.find((l) => l.startsWith(`${name} (`))
  if (!label) throw new Error(`No tag "${name}" to filter by (have: ${labels.join(', ')})`)
  await select.selectOption({ label })
}

/** Shows the highlights of one document (by the start of its title), of the open one (`open`) or of all (`all`). */
export async function showHighlightsOf(page: Page, scope: string): Promise<void> {
  const select = page.getByTestId('filter-scope')
  if (scope === 'open' || scope === 'all') return void (await select.selectOption(scope))
  const labels = await select.locator('option').allInnerTexts()
  const label = labels.find((l) => l.startsWith(scope))
  if (!label) throw new Error(`No document "${scope}…" in the list`)
  await select.selectOption({ label })
}

/** Parts of the notebook pane cut off or scrolling sideways (a cramped layout). */
export function overflowingInPane(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(call(OVERFLOWING, '[data-testid="notebook"]'))
}
