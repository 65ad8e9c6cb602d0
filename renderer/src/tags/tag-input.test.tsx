// @vitest-environment happy-dom
import { act, useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TagView } from '../../../preload/contract'
import { press, render, type Rendered } from '../test-support/render'
import { TagInput } from './tag-input'

const tag = (name: string): TagView => ({ id: name, name, color: null, description: '', count: 1, totalCount: 1, parentId: null, depth: name.split('/').length - 1 })
const TAGS = [tag('Akteure'), tag('Akteure/Russland'), tag('Treffen')]

let view: Rendered | null = null
afterEach(() => {
  view?.unmount()
  view = null
})

function setUp(initial: string[] = []) {
  const chosen: { current: string[] } = { current: initial }
  function Host() {
    const [value, setValue] = useState(initial)
    chosen.current = value
    return <TagInput value={value} onChange={setValue} tags={TAGS} label="Tags" />
  }
  view = render(<Host />)
  const input = view.container.querySelector('input')!
  const type = (text: string) =>
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setter.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
  return { input, chosen, type, chips: () => [...view!.container.querySelectorAll('[data-testid="tag-chip"]')] }
}

describe('TagInput', () => {
  it('adds a typed name on Enter, tidied as main stores it', () => {
    const { input, chosen, type } = setUp()
    type('  Orte /  Pjöngjang ')
    press(input, 'Enter')
    expect(chosen.current).toEqual(['Orte/Pjöngjang'])
  })

  it('does not add a name twice, whatever its case or spacing', () => {
    const { input, chosen, type } = setUp(['Treffen'])
    type('treffen ')
    press(input, 'Enter')
    expect(chosen.current).toEqual(['Treffen'])
  })

  it('picks a suggestion with the arrows', () => {
    const { input, chosen, type } = setUp()
    type('russ')
    // The first option is the new tag "russ"; the next is the known one.
    press(input, 'ArrowDown')
    press(input, 'Enter')
    expect(chosen.current).toEqual(['Akteure/Russland'])
  })

  it('Backspace in the empty field marks the last chip first, then removes it; typing unmarks', () => {
    const { input, chosen, chips, type } = setUp(['Treffen', 'Akteure'])
    press(input, 'Backspace')
    expect(chosen.current).toEqual(['Treffen', 'Akteure'])
    expect(chips()[1]!.className).toContain('is-marked')
    type('x')
    type('')
    expect(chips()[1]!.className).not.toContain('is-marked')
    press(input, 'Backspace')
    press(input, 'Backspace')
    expect(chosen.current).toEqual(['Treffen'])
  })

  it('points aria-controls at the list only while it is open', () => {
    const { input, type } = setUp()
    expect(input.getAttribute('aria-controls')).toBeNull()
    expect(input.getAttribute('aria-expanded')).toBe('false')
    type('Tre')
    const id = input.getAttribute('aria-controls')
    expect(id).not.toBeNull()
    expect(document.getElementById(id!)?.getAttribute('role')).toBe('listbox')
  })
})
