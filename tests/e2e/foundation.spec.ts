import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempCorpus } from './launch-app'
import { openDocumentFromResults, searchFor, waitForCorpus } from './pages/app-page'
import { appFixture } from './pages/fixtures'
import { openDocument } from './pages/reader-page'

const fixture = appFixture()

describe('open, search, read', () => {
  it('opens the corpus, finds "Munition" and shows the document with matches marked', async () => {
    const { page } = await fixture.start({ open: null })

    await searchFor(page, 'Munition')
    const results = page.getByTestId('search-result')
    await expect.poll(() => results.count()).toBeGreaterThanOrEqual(4)
    // Compound words count: 001 only says "Artilleriemunition".
    await expect.poll(() => results.allInnerTexts().then((t) => t.join('\n'))).toMatch(/Pjöngjang: Russland und Nordkorea/)
    expect(await results.first().locator('mark').count()).toBeGreaterThan(0)

    await openDocumentFromResults(page, 'Pjöngjang: Russland und Nordkorea')
    await expect.poll(() => page.getByTestId('reader-title').innerText()).toContain('Pjöngjang: Russland und Nordkorea')
    const marks = page.getByTestId('reader').locator('mark')
    await expect.poll(() => marks.count()).toBeGreaterThan(0)
    expect((await marks.first().innerText()).toLowerCase()).toContain('munition')
    await expect.poll(() => page.getByTestId('match-counter').innerText()).toMatch(/1\s*\/\s*\d+/)

    await fixture.shoot('foundation-search')
  })

  it('reads a scraped page from its headline: the cookie banner and a dateline stay above it, small', async () => {
    const { page } = await fixture.start({ open: '„Verzweifelt“' })
    expect(await page.getByTestId('reader-title').innerText()).toBe('„Verzweifelt“: Putins Nordkorea-Aufwartung zeigt massive Russland-Kehrtwende auf')
    const front = page.getByTestId('reader-front')
    expect(await front.innerText()).toMatch(/^Um Ihnen ein besseres Nutzererlebnis[\s\S]*Washington Post$/)
    // The banner is still text of the document: it can be found and selected like the rest.
    expect(Number.parseFloat(await front.evaluate('getComputedStyle(document.querySelector("[data-testid=reader-front]")).fontSize'))).toBeLessThan(14)
    await fixture.shoot('foundation-front-matter')
    await openDocument(page, 'Berichten zufolge')
    expect(await page.getByTestId('reader-front').innerText()).toBe('12. Juni 2024')
  })

  it('lists skipped files under Problems and keeps the rest', async () => {
    const dirs = await tempCorpus()
    await writeFile(path.join(dirs.corpusDir, 'scan.pdf'), '%PDF-1.4')
    await writeFile(path.join(dirs.corpusDir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00]))
    const { page } = await fixture.start({ ...dirs, open: null })
    const problems = page.getByTestId('problems')
    await expect.poll(() => problems.innerText()).toMatch(/scan\.pdf/)
    await problems.getByRole('button').first().click().catch(() => {})
    await expect.poll(() => problems.innerText()).toMatch(/broken\.txt[\s\S]*binary/i)
  })

  it('supports the keyboard: Ctrl+K, arrows, Enter, Esc', async () => {
    const { page } = await fixture.start({ open: null })
    await page.keyboard.press('Control+K')
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('search-input')
    await page.keyboard.type('Pjongjang')
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThanOrEqual(5)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('reader').locator('mark').count()).toBeGreaterThan(0)
    await page.keyboard.press('Control+K')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('')
    await expect.poll(() => page.getByTestId('doc-item').count()).toBe(5)
  })
})

describe('opening a folder', () => {
  it('shows the empty state with the reason, and File › Open Folder… opens another corpus', async () => {
    const dirs = await tempCorpus()
    const { page } = await fixture.start({
      corpusDir: path.join(dirs.corpusDir, 'does-not-exist'),
      dataDir: dirs.dataDir,
      pickFolder: async () => dirs.corpusDir,
      documents: 0,
      open: null,
    })
    const button = page.getByTestId('open-folder')
    await expect.poll(() => button.isVisible()).toBe(true)
    await expect.poll(() => page.locator('body').innerText()).toMatch(/not found/i)
    await fixture.shoot('foundation-empty')
    await button.click()
    await waitForCorpus(page, 5)
    await expect.poll(() => page.locator('body').innerText()).not.toMatch(/not found/i)
  })
})
