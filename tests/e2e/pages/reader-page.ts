import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { PAINTED, PAINTED_IN_VIEW, SELECTION_POINTS, TEXT_POINT, call } from './page-scripts'

/** Reader helpers for the end-to-end specs: opening documents, selecting passages, reading what is painted. */

export async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByTestId('doc-item').filter({ hasText: title }).first().click()
  await expect.poll(() => page.getByTestId('reader-title').innerText().catch(() => '')).toContain(title)
}

/**
 * Selects a passage of the open document with the mouse, as a user does: a
 * drag from the left edge of its first character to the right edge of its last.
 * `text` is matched against the reader's text blocks (paragraph breaks excluded).
 */
export async function selectPassage(page: Page, text: string, occurrence = 1): Promise<void> {
  // Twice: paragraphs off screen are laid out lazily (content-visibility), so the first scroll can shift the text.
  await page.evaluate(call(SELECTION_POINTS, text, occurrence))
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))')
  const points = await page.evaluate<{ x1: number; y1: number; x2: number; y2: number }>(call(SELECTION_POINTS, text, occurrence))
  await page.mouse.move(points.x1, points.y1)
  await page.mouse.down()
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 })
  await page.mouse.move(points.x2, points.y2, { steps: 4 })
  await page.mouse.up()
}

/** The text of every range painted in each `CSS.highlights` entry, e.g. `{ 'exz-green': ['strategische Partnerschaft'] }`. */
export function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate<Record<string, string[]>>(call(PAINTED))
}

/** Moves the pointer onto the middle of a passage (to show its hover card, or to click it). */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number }>(call(TEXT_POINT, text))
  await page.mouse.move(point.x, point.y, { steps: 3 })
  return point
}

/** Whether what is painted under a `CSS.highlights` entry (e.g. the flash) is in the reader's view. */
export function paintedInView(page: Page, name: string): Promise<boolean> {
  return page.evaluate<boolean>(call(PAINTED_IN_VIEW, name))
}
