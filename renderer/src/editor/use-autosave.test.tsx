// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render } from '../test-support/render'
import { PendingSaves } from './pending-saves'
import { useAutosave, type Autosave } from './use-autosave'

/** Renders the hook in a component and exposes its latest result. */
function mount(key: string, save: (value: string) => Promise<unknown>, registry: PendingSaves) {
  const seen: { current: Autosave<string> | null } = { current: null }
  function Probe({ k }: { k: string }) {
    seen.current = useAutosave(k, save, { registry, delay: 400 })
    return <span>{seen.current.status}</span>
  }
  const view = render(<Probe k={key} />)
  return { seen, view }
}

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves after the delay and shows the status', async () => {
    const registry = new PendingSaves()
    const save = vi.fn(async () => {})
    const { seen, view } = mount('note:1', save, registry)
    act(() => seen.current!.schedule('Hallo'))
    expect(view.container.textContent).toBe('pending')
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400)
    })
    expect(save).toHaveBeenCalledWith('Hallo')
    expect(view.container.textContent).toBe('saved')
    view.unmount()
  })

  it('saves an edit still waiting when the component goes away (a card closing)', async () => {
    const registry = new PendingSaves()
    const save = vi.fn(async () => {})
    const { seen, view } = mount('note:1', save, registry)
    act(() => seen.current!.schedule('eben getippt'))
    view.unmount()
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('eben getippt')
    expect(registry.size).toBe(0)
  })

  it('keeps a failed edit after the component went away and gives it to the next editor of the same note', async () => {
    const registry = new PendingSaves()
    const save = vi.fn(async () => {
      throw new Error('disk full')
    })
    const first = mount('note:1', save, registry)
    act(() => first.seen.current!.schedule('nicht verlieren'))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(400)
    })
    expect(first.seen.current!.status).toBe('error')
    first.view.unmount()
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(registry.orphans).toEqual([{ key: 'note:1', problem: 'disk full' }])

    const second = mount('note:1', save, registry)
    expect(second.seen.current!.draft).toBe('nicht verlieren')
    expect(second.seen.current!.status).toBe('error')
    expect(registry.orphans).toEqual([])
    second.view.unmount()
  })

  it('flushes every mounted editor when the window is about to close', async () => {
    const registry = new PendingSaves()
    const saved: string[] = []
    const a = mount('note:a', async (v) => void saved.push(`a:${v}`), registry)
    const b = mount('memo:b', async (v) => void saved.push(`b:${v}`), registry)
    act(() => {
      a.seen.current!.schedule('eins')
      b.seen.current!.schedule('zwei')
    })
    let done = false
    await act(async () => {
      done = await registry.flushAll()
    })
    expect(done).toBe(true)
    expect(saved.sort()).toEqual(['a:eins', 'b:zwei'])
    a.view.unmount()
    b.view.unmount()
  })
})
