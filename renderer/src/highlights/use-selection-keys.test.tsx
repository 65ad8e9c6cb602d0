// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { press, render, type Rendered } from '../test-support/render'
import { useSelectionKeys } from './use-selection-keys'

let view: Rendered | null = null
afterEach(() => {
  view?.unmount()
  view = null
  document.body.innerHTML = ''
})

function setUp() {
  const reader = document.createElement('article')
  reader.tabIndex = 0
  const field = document.createElement('input')
  const elsewhere = document.createElement('button')
  document.body.append(reader, field, elsewhere)
  const handlers = { h: vi.fn(), t: vi.fn(), escape: vi.fn() }
  function Probe() {
    useSelectionKeys(handlers, reader)
    return null
  }
  view = render(<Probe />)
  return { reader, field, elsewhere, handlers }
}

describe('useSelectionKeys', () => {
  it('takes single keys while focus is in the reader, and stops them there', () => {
    const { reader, handlers } = setUp()
    reader.focus()
    const event = press(reader, 'H', { shiftKey: true })
    expect(handlers.h).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
    press(reader, 'Escape')
    expect(handlers.escape).toHaveBeenCalledTimes(1)
  })

  it('leaves keys typed into a field, with a modifier, or elsewhere alone', () => {
    const { reader, field, elsewhere, handlers } = setUp()
    field.focus()
    expect(press(field, 't').defaultPrevented).toBe(false)
    reader.focus()
    press(reader, 't', { ctrlKey: true })
    press(reader, 'x')
    elsewhere.focus()
    press(elsewhere, 'h')
    expect(handlers.t).not.toHaveBeenCalled()
    expect(handlers.h).not.toHaveBeenCalled()
  })

  it('ignores a key another handler already took', () => {
    const { reader, handlers } = setUp()
    reader.focus()
    const event = new KeyboardEvent('keydown', { key: 'h', bubbles: true, cancelable: true })
    event.preventDefault()
    reader.dispatchEvent(event)
    expect(handlers.h).not.toHaveBeenCalled()
  })
})
