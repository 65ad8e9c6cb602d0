import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Page helpers shared by the end-to-end specs: they speak in user actions, not selectors. */

export async function waitForCorpus(page: Page, documents: number): Promise<void> {
  await expect.poll(() => page.getByTestId('doc-item').count(), { timeout: 30_000 }).toBe(documents)
}

export async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByTestId('search-input')
  await box.fill('')
  await box.type(query)
}

export async function openDocumentFromResults(page: Page, title: string): Promise<void> {
  await page.getByTestId('search-result').filter({ hasText: title }).first().click()
}
