import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, outputDir, tempCorpus, type RunningApp } from './launch-app'
import { searchFor, waitForCorpus } from './pages/app-page'
import { highlightCard, highlightSelection } from './pages/notebook-page'
import { openDocument, painted, selectPassage } from './pages/reader-page'

const TITLE = 'Pjöngjang: Russland und Nordkorea'
const PASSAGE = 'Kim hatte Putin persönlich am Flughafen von Pjöngjang empfangen.'

let app: RunningApp | null = null

afterEach(async () => {
  await app?.close()
  app = null
})

describe('a damaged notebook', () => {
  it('shows a plain banner, keeps reading and searching, and opens the newest valid backup', async () => {
    const dirs = await tempCorpus()
    app = await launchApp(dirs)
    await waitForCorpus(app.page, 5)
    await openDocument(app.page, TITLE)
    await selectPassage(app.page, PASSAGE)
    await highlightSelection(app.page, { tags: ['Treffen'] })
    const file = app.session.state().notebook!.file
    expect(await app.page.getByTestId('notebook-location').getAttribute('title')).toBe(file)
    await app.close()
    app = null

    // A backup of the good notebook (as the store makes them), then damage the notebook itself.
    const backups = path.join(path.dirname(file), 'backups')
    await mkdir(backups, { recursive: true })
    await copyFile(file, path.join(backups, `notebook-${new Date(Date.now() + 60_000).toISOString().replace(/[:.]/g, '-')}.json`))
    await writeFile(file, '{"schemaVersion": 1, "highlights": [')

    app = await launchApp(dirs)
    const { page } = app
    await waitForCorpus(page, 5)
    const banner = page.getByTestId('notebook-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toMatch(/could not be opened[\s\S]*notebook\.json[\s\S]*still be read and searched/)
    expect(await banner.innerText()).toContain(file)

    // Reading and searching go on.
    await openDocument(page, TITLE)
    await searchFor(page, 'Munition')
    await expect.poll(() => page.getByTestId('search-result').count()).toBeGreaterThan(0)
    await mkdir(outputDir, { recursive: true })
    await page.screenshot({ path: path.join(outputDir, 'notebook-damaged.png') })
    await page.getByTestId('search-input').fill('')

    await banner.getByTestId('restore-backup').click()
    await banner.waitFor({ state: 'detached' })
    await expect.poll(() => highlightCard(page, PASSAGE).count()).toBe(1)
    await expect.poll(async () => (await painted(page))['exz-yellow']).toEqual([PASSAGE])
  })
})
