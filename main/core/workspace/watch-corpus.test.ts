import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchCorpus } from './watch-corpus'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  for (let waited = 0; waited < ms && !check(); waited += 20) await sleep(20)
}

describe('watchCorpus', () => {
  it('reports a document once its writes settle, never Exzerpt’s own data folder', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-watch-'))
    await mkdir(path.join(root, '.exzerpt'))
    await mkdir(path.join(root, 'sub'))
    const looked: string[] = []
    const stop = watchCorpus(root, () => true, async (id) => void looked.push(id))
    try {
      await sleep(100)
      await writeFile(path.join(root, '.exzerpt', 'notebook.journal'), 'x')
      await writeFile(path.join(root, 'sub', 'a.txt'), 'eins')
      await sleep(50)
      await writeFile(path.join(root, 'sub', 'a.txt'), 'eins zwei')
      await until(() => looked.length > 0)
      await sleep(400)
      expect(looked).toEqual(['sub/a.txt'])
    } finally {
      stop()
    }
  })

  it('looks at a burst of changes a few at a time, and only at documents', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-watch-'))
    let running = 0
    let most = 0
    const looked: string[] = []
    const stop = watchCorpus(
      root,
      (id) => id.endsWith('.txt'),
      async (id) => {
        running++
        most = Math.max(most, running)
        await sleep(30)
        looked.push(id)
        running--
      },
    )
    try {
      await sleep(100)
      for (let i = 0; i < 12; i++) await writeFile(path.join(root, `doc-${i}.txt`), `Text ${i}`)
      await writeFile(path.join(root, 'bild.png'), 'x')
      await until(() => looked.length === 12)
      expect(looked.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `doc-${i}.txt`).sort())
      expect(most).toBeLessThanOrEqual(4)
    } finally {
      stop()
    }
  })
})
