import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveQueue, NOTHING_SAVED } from './autosave-queue'

/** A save whose calls resolve or reject when the test says so. */
function controlledSave() {
  const calls: { value: string; resolve(): void; reject(error: Error): void }[] = []
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject })
      }),
  )
  return { save, calls }
}

describe('AutosaveQueue', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves the last edit once typing pauses', async () => {
    const { save, calls } = controlledSave()
    const queue = new AutosaveQueue(save, 400)
    queue.schedule('a')
    vi.advanceTimersByTime(300)
    queue.schedule('ab')
    vi.advanceTimersByTime(399)
    expect(save).not.toHaveBeenCalled()
    expect(queue.state.status).toBe('pending')
    vi.advanceTimersByTime(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(calls[0]!.value).toBe('ab')
    expect(queue.state.status).toBe('saving')
    calls[0]!.resolve()
    await vi.runAllTimersAsync()
    expect(queue.state.status).toBe('saved')
    expect(queue.dirty).toBe(false)
  })

  it('saves one value at a time, in order; an edit made during a save goes out after it', async () => {
    const { save, calls } = controlledSave()
    const queue = new AutosaveQueue(save, 400)
    queue.schedule('one')
    const first = queue.flush()
    queue.schedule('two')
    const second = queue.flush()
    expect(calls.map((c) => c.value)).toEqual(['one'])
    calls[0]!.resolve()
    await vi.waitFor(() => expect(calls.map((c) => c.value)).toEqual(['one', 'two']))
    expect(queue.state.status).toBe('saving')
    calls[1]!.resolve()
    await Promise.all([first, second])
    expect(queue.state.status).toBe('saved')
  })

  it('keeps a failed value (as the draft) and sends it again on the next flush', async () => {
    const { save, calls } = controlledSave()
    const queue = new AutosaveQueue(save, 400)
    queue.schedule('text')
    const done = queue.flush()
    calls[0]!.reject(new Error("Error invoking remote method 'exzerpt:updateHighlight': Error: The note is too long"))
    await done
    expect(queue.state).toEqual({ status: 'error', error: 'The note is too long' })
    expect(queue.problem).toBe('The note is too long')
    expect(queue.draft).toBe('text')
    const retry = queue.flush()
    expect(calls[1]!.value).toBe('text')
    // A retry in progress keeps the problem until it succeeds.
    expect(queue.problem).toBe('The note is too long')
    calls[1]!.resolve()
    await retry
    expect(queue.state).toEqual({ status: 'saved', error: null })
    expect(queue.draft).toBeNull()
  })

  it('a newer edit replaces a failed one', async () => {
    const { save, calls } = controlledSave()
    const queue = new AutosaveQueue(save, 400)
    queue.schedule('old')
    const done = queue.flush()
    queue.schedule('new')
    calls[0]!.reject(new Error('disk full'))
    await done
    expect(queue.draft).toBe('new')
  })

  it('stays "not saved yet" when the save had nothing to write', async () => {
    const queue = new AutosaveQueue(async () => NOTHING_SAVED, 400)
    queue.schedule('   ')
    await queue.flush()
    expect(queue.state.status).toBe('idle')
  })

  it('tells listeners about each change of status', async () => {
    const queue = new AutosaveQueue(async () => {}, 400)
    const seen: string[] = []
    queue.subscribe(() => seen.push(queue.state.status))
    queue.schedule('x')
    await queue.flush()
    expect(seen).toEqual(['pending', 'saving', 'saved'])
  })
})
