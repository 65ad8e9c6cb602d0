import { describe, expect, it } from 'vitest'
import { AutosaveQueue } from './autosave-queue'
import { PendingSaves } from './pending-saves'

describe('PendingSaves', () => {
  it('saves what an editor left when it goes away, and forgets it once saved', async () => {
    const registry = new PendingSaves()
    const saved: string[] = []
    const queue = registry.acquire('note:1', () => new AutosaveQueue(async (v: string) => void saved.push(v), 10_000))
    queue.schedule('typed just before closing')
    registry.release('note:1')
    await queue.flush()
    expect(saved).toEqual(['typed just before closing'])
    expect(registry.size).toBe(0)
  })

  it('keeps a failed save whose editor is gone as an orphan, hands its draft to the next editor, and retries on flushAll', async () => {
    const registry = new PendingSaves()
    let fail = true
    const queue = registry.acquire(
      'note:1',
      () =>
        new AutosaveQueue(async () => {
          if (fail) throw new Error('disk full')
        }, 10_000),
    )
    queue.schedule('draft')
    registry.release('note:1')
    await queue.flush()
    expect(registry.orphans).toEqual([{ key: 'note:1', problem: 'disk full' }])

    // A new editor of the same note takes over the queue and its draft: no longer an orphan.
    const again = registry.acquire('note:1', () => new AutosaveQueue(async () => {}, 10_000))
    expect(again).toBe(queue)
    expect(again.draft).toBe('draft')
    expect(registry.orphans).toEqual([])
    registry.release('note:1')
    await again.flush()
    expect(registry.orphans).toHaveLength(1)

    fail = false
    expect(await registry.flushAll()).toBe(true)
    expect(registry.orphans).toEqual([])
    expect(registry.size).toBe(0)
  })

  it('flushes every open editor and registered save on flushAll, and can discard orphans', async () => {
    const registry = new PendingSaves()
    const saved: string[] = []
    const a = registry.acquire('a', () => new AutosaveQueue(async (v: string) => void saved.push(v), 10_000))
    a.schedule('A')
    let popover = false
    const off = registry.register({
      flush: async () => {
        popover = true
      },
      dirty: false,
      problem: null,
      subscribe: () => () => {},
    })
    await registry.flushAll()
    expect(saved).toEqual(['A'])
    expect(popover).toBe(true)
    off()

    const b = registry.acquire('b', () => new AutosaveQueue(async () => Promise.reject(new Error('no')), 10_000))
    b.schedule('B')
    registry.release('b')
    await b.flush()
    expect(registry.orphans.map((o) => o.key)).toEqual(['b'])
    registry.discardOrphans()
    expect(registry.orphans).toEqual([])
  })
})
