// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { press, render, type Rendered } from '../test-support/render'
import { Floating } from './floating'

let view: Rendered | null = null
afterEach(() => {
  view?.unmount()
  view = null
})

const anchor = () => ({ top: 100, bottom: 120, left: 100, right: 200 })

function show(props: { onDismiss?(): void; onOutside?(): boolean }) {
  view = render(
    <Floating anchor={anchor} anchorKey={1} testId="box" {...props}>
      <input aria-label="inside" />
    </Floating>,
  )
  return view.container.querySelector<HTMLElement>('[data-testid="box"]')!
}

const mousedown = (target: EventTarget) =>
  act(() => {
    target.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))
  })

describe('Floating', () => {
  it('is dismissed by a press outside, not by one inside', () => {
    const onDismiss = vi.fn()
    const box = show({ onDismiss })
    mousedown(box.querySelector('input')!)
    expect(onDismiss).not.toHaveBeenCalled()
    mousedown(document.body)
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('stays when onOutside says something would be lost', () => {
    const onDismiss = vi.fn()
    const onOutside = vi.fn(() => false)
    show({ onDismiss, onOutside })
    mousedown(document.body)
    expect(onOutside).toHaveBeenCalledTimes(1)
    expect(onDismiss).not.toHaveBeenCalled()
  })

  it('closes on Esc inside and marks the key as handled (the page does not clear the search)', () => {
    const onDismiss = vi.fn()
    const box = show({ onDismiss })
    const event = press(box.querySelector('input')!, 'Escape')
    expect(onDismiss).toHaveBeenCalledTimes(1)
    expect(event.defaultPrevented).toBe(true)
  })

  it('hides while its anchor is out of view', () => {
    view = render(
      <Floating anchor={() => null} anchorKey={1} testId="box">
        <p>x</p>
      </Floating>,
    )
    const box = view.container.querySelector<HTMLElement>('[data-testid="box"]')!
    expect(box.style.visibility).toBe('hidden')
    expect(box.hasAttribute('data-hidden')).toBe(true)
  })
})
