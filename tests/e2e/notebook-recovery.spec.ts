import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempCorpus } from './launch-app'
import { searchFor } from './pages/app-page'
import { PASSAGE, TITLE, appFixture } from './pages/fixtures'
import { highlightCard, highlightSelection } from './pages/notebook-page'
import { openDocument, painted, selectPassage } from './pages/reader-page'

const fixture = appFixture()

describe('a damaged notebook', () => {
  it('shows a plain banner, keeps reading and searching, and opens the newest valid backup', async () => {
    const dirs = await tempCorpus()
    const first = await fixture.start(dirs)
    await selectPassage(first.page, PASSAGE)
    await highlightSelection(first.page, { tags: ['Treffen'] })
    const file = first.session.state().notebook!.file
    expect(await first.page.getByTestId('notebook-location').getAttribute('title')).toBe(file)
    await fixture.close()

    // A backup of the good notebook (as the store makes them), then damage the notebook itself.
    const backups = path.join(path.dirname(file), 'backups')
    await mkdir(backups, { recursive: true })
    await copyFile(file, path.join(backups, `notebook-${new Date(Date.now() + 60_000).toISOString().replace(/[:.]/g, '-')}.json`))
    await writeFile(file, '{"schemaVersion": 1, "highlights": [')

    const { page } = await fixture.start({ ...dirs, open: null })
    const banner = page.getByTestId('notebook-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toMatch(/could not be opened[\s\S]*notebook\.json[\s\S]*still be read and searched/)
    expect(await banner.innerText()).toContain(file)

    // Reading and searching go on.
    await openDocument(page, TITLE)
    await searchFor(page, 'Munition')
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(0)
    await fixture.shoot('notebook-damaged')
    await page.getByTestId('search-input').fill('')

    await banner.getByTestId('restore-backup').click()
    await banner.waitFor({ state: 'detached' })
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(1)
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])
  })
})
