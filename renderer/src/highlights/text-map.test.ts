// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { TextMap } from './text-map'

// Canonical text: "Titel\n\nErster Absatz\nmit Umbruch.\n\nZweiter Absatz."
//                  0     5 7      14    20          33 35           50
const TEXT = 'Titel\n\nErster Absatz\nmit Umbruch.\n\nZweiter Absatz.'

function render(): HTMLElement {
  // No white space between the tags: the reader renders none either.
  document.body.innerHTML = [
    '<article>',
    '<header><h1 data-block data-start="0">Titel</h1><p class="meta">12 Jun 2024 · a.txt</p></header>',
    '<p data-block data-start="7">Erster <mark data-start="14">Absatz</mark> mit Umbruch.</p>',
    '<p data-block data-start="35">Zweiter Absatz.</p>',
    '</article>',
  ].join('')
  return document.querySelector('article')!
}

/** The text a range over the reader shows: paragraph gaps are not rendered, single newlines show as spaces. */
const shown = (start: number, end: number) => TEXT.slice(start, end).replace(/\n\n/g, '').replace(/\n/g, ' ')

describe('TextMap', () => {
  let root: HTMLElement
  beforeEach(() => {
    root = render()
  })

  it('maps canonical offsets to DOM ranges (one per block) whose text is the canonical slice, across marks', () => {
    const map = new TextMap(root)
    for (const [start, end] of [
      [0, 5],
      [7, 13],
      [14, 20],
      [10, 17],
      [20, 32],
      [9, 40],
      [0, 50],
    ] as const) {
      const text = map
        .rangesFor(start, end)
        .map((range) => range.toString())
        .join('')
      expect(text, `${start}-${end}`).toBe(shown(start, end))
    }
  })

  it('keeps a single range over several blocks for scrolling and hit tests', () => {
    const range = new TextMap(root).rangeFor(9, 40)!
    expect(range.toString()).toBe('ster Absatz mit Umbruch.Zweit')
  })

  it('snaps offsets in the gaps between blocks inwards, and gives null for a range with no shown text', () => {
    const map = new TextMap(root)
    expect(map.rangeFor(5, 9)!.toString()).toBe('Er')
    expect(map.rangeFor(3, 7)!.toString()).toBe('el')
    expect(map.rangeFor(5, 7)).toBeNull()
    expect(map.rangeFor(60, 70)).toBeNull()
  })

  it('maps DOM positions back, inside text nodes, marks and at element boundaries', () => {
    const map = new TextMap(root)
    const first = root.querySelectorAll('p[data-block]')[0]!
    const mark = first.querySelector('mark')!
    expect(map.offsetOf(first.firstChild!, 3, 'forward')).toBe(10)
    expect(map.offsetOf(mark.firstChild!, 2, 'forward')).toBe(16)
    expect(map.offsetOf(first.lastChild!, 1, 'forward')).toBe(21)
    expect(map.offsetOf(first, 1, 'forward')).toBe(14)
    expect(map.offsetOf(first, first.childNodes.length, 'backward')).toBe(33)
  })

  it('snaps positions outside the blocks: the header meta forward to the next paragraph', () => {
    const map = new TextMap(root)
    const meta = root.querySelector('.meta')!
    expect(map.offsetOf(meta.firstChild!, 2, 'forward')).toBe(7)
    expect(map.offsetOf(meta.firstChild!, 2, 'backward')).toBe(5)
  })

  it('round-trips a selection spanning paragraphs', () => {
    const map = new TextMap(root)
    const range = document.createRange()
    const [p1, p2] = root.querySelectorAll('p[data-block]')
    range.setStart(p1!.lastChild!, 5)
    range.setEnd(p2!.firstChild!, 7)
    expect(map.offsetsOf(range)).toEqual({ start: 25, end: 42 })
    expect(map.rangeFor(25, 42)!.toString()).toBe('Umbruch.Zweiter')
  })
})
