import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, tempCorpus } from './launch-app'
import { searchFor, waitForCorpus } from './pages/app-page'
import { appFixture } from './pages/fixtures'

const fixture = appFixture()

/** A larger corpus made from the sample: each copy gets its own marker word, so results can be checked. */
async function largeCorpus(count: number): Promise<{ corpusDir: string; dataDir: string }> {
  const dirs = await tempCorpus()
  const sampleDir = path.join(repoRoot, 'corpus')
  const samples = await Promise.all((await readdir(sampleDir)).filter((f) => f.endsWith('.txt')).map((f) => readFile(path.join(sampleDir, f), 'utf8')))
  await mkdir(path.join(dirs.corpusDir, 'generated'), { recursive: true })
  for (let i = 0; i < count; i++) {
    const text = `Kopie ${i} Markierwort${i}\n\n${samples[i % samples.length]}`
    await writeFile(path.join(dirs.corpusDir, 'generated', `doc-${String(i).padStart(5, '0')}.txt`), text)
  }
  return dirs
}

describe('indexing a larger folder', () => {
  it('shows a progress bar with counts, stays responsive, then searches the result', async () => {
    const dirs = await largeCorpus(1500)
    const { page } = await fixture.start({ ...dirs, documents: 0, open: null })
    const progress = page.getByTestId('progress')
    await expect.poll(() => progress.innerText({ timeout: 200 }).catch(() => ''), { timeout: 20_000, interval: 20 }).toMatch(/\d[\d,.]* \/ 1[,.]?50[05] documents/)
    // The page keeps answering while main indexes (the worker thread does the work).
    const started = Date.now()
    expect(await page.evaluate('1 + 1')).toBe(2)
    expect(Date.now() - started).toBeLessThan(1000)
    await fixture.shoot('indexing-progress')
    await waitForCorpus(page, 1505)
    await searchFor(page, 'Markierwort1234')
    await expect.poll(() => page.getByTestId('search-result').allInnerTexts()).toHaveLength(1)
    expect(await page.getByTestId('search-result').innerText()).toContain('doc-01234.txt')
  })
})
