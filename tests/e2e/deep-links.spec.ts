import { describe, expect, it } from 'vitest'
import { FAR_PASSAGE as PASSAGE, appFixture } from './pages/fixtures'
import { toast } from './pages/notebook-page'
import { painted, paintedInView } from './pages/reader-page'

const DOC = '004_2bdebc3cd27daffb.txt'

const fixture = appFixture()

describe('exzerpt:// links', () => {
  it('open the document at the passage and flash it; a link to a document not in the folder is refused in words', async () => {
    const app = await fixture.start({ open: null })
    const { page } = app
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
