import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_FILE, CACHE_FORMAT, loadIndexCache, saveIndexCache } from './index-cache'

describe('the saved index', () => {
  it('reads back what it saved, and is not trusted when titles were read by an older rule', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-cache-'))
    await saveIndexCache(dir, { manifest: {}, indexJson: '{"version":2}' })
    expect(await loadIndexCache(dir)).toEqual({ manifest: {}, indexJson: '{"version":2}' })
    // Written before titles skipped banners (no "metadata" field): rebuilt, so no banner stays a title.
    await writeFile(path.join(dir, CACHE_FILE), `${JSON.stringify({ format: CACHE_FORMAT, manifest: {} })}\n{}`)
    expect(await loadIndexCache(dir)).toBeNull()
  })
})
