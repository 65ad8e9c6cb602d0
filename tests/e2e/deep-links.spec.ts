import { afterEach, describe, expect, it } from 'vitest'
import { launchApp, tempCorpus, type RunningApp } from './launch-app'
import { waitForCorpus } from './pages/app-page'
import { toast } from './pages/notebook-page'
import { painted, paintedInView } from './pages/reader-page'

const DOC = '004_2bdebc3cd27daffb.txt'
const PASSAGE = 'Pjöngjang scheiterte letzten Monat beim zweiten Versuch'

let app: RunningApp | null = null

afterEach(async () => {
  await app?.close()
  app = null
})

describe('exzerpt:// links', () => {
  it('open the document at the passage and flash it; a link to a document not in the folder is refused in words', async () => {
    app = await launchApp(await tempCorpus())
    const { page } = app
    await waitForCorpus(page, 5)
    const text = await app.session.current().getText(DOC)
    const start = text.indexOf(PASSAGE)
    expect(app.openLink(`exzerpt://open?doc=${encodeURIComponent(DOC)}&start=${start}&end=${start + PASSAGE.length}`)).toBe(true)

    await expect.poll(() => page.getByTestId('reader').getAttribute('data-doc-id').catch(() => null)).toBe(DOC)
    await expect.poll(async () => (await painted(page))['exz-flash']).toEqual([PASSAGE])
    await expect.poll(() => paintedInView(page, 'exz-flash')).toBe(true)

    expect(app.openLink('exzerpt://open?doc=elsewhere.txt&start=0&end=5')).toBe(true)
    await expect.poll(() => toast(page).innerText()).toContain('not in the open folder')
  })
})
