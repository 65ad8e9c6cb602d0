/**
 * Functions that run inside the page, as source text: the node-side test
 * config has no DOM types, so they are kept out of its type check (like the
 * string expressions in foundation.spec.ts) and called with JSON arguments.
 */

/**
 * Where to press and release the mouse to select the `nth` occurrence of
 * `wanted` in the reader's text blocks; "\n" in `wanted` stands for the break
 * between two blocks (paragraphs).
 */
export const SELECTION_POINTS = `(wanted, nth) => {
  const article = document.querySelector('[data-testid="reader"]')
  const nodes = []
  let all = ''
  for (const block of article.querySelectorAll('[data-block]')) {
    if (all) all += '\\n'
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, at: all.length })
      all += n.data
    }
  }
  let index = -1
  for (let i = 0; i < nth; i++) index = all.indexOf(wanted, index + 1)
  if (index < 0) throw new Error('"' + wanted + '" is not in the reader')
  const locate = (offset, isEnd) => {
    const hit = nodes.findLast((n) => (isEnd ? n.at < offset : n.at <= offset))
    return { node: hit.node, offset: offset - hit.at }
  }
  const start = locate(index, false)
  const end = locate(index + wanted.length, true)
  start.node.parentElement.scrollIntoView({ block: 'center' })
  const range = document.createRange()
  range.setStart(start.node, start.offset)
  range.setEnd(end.node, end.offset)
  const rects = range.getClientRects()
  const first = rects[0]
  const last = rects[rects.length - 1]
  return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 }
}`

/** The middle of the first occurrence of `wanted` inside one text node of the reader. */
export const TEXT_POINT = `(wanted) => {
  const article = document.querySelector('[data-testid="reader"]')
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(wanted)
    if (at < 0) continue
    const range = document.createRange()
    const mid = at + Math.floor(wanted.length / 2)
    range.setStart(n, mid)
    range.setEnd(n, mid + 1)
    const rect = range.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  }
  throw new Error('"' + wanted + '" is not in one text node of the reader')
}`

/** The texts of the ranges in every entry of CSS.highlights, by entry name. */
export const PAINTED = `() => {
  const out = {}
  for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((range) => range.toString())
  return out
}`

/** Calls one of these functions in the page with JSON-serialisable arguments. */
export function call(fn: string, ...args: unknown[]): string {
  return `(${fn})(${args.map((a) => JSON.stringify(a)).join(', ')})`
}

/** Elements inside `selector` whose content is wider than their box and gets cut or scrolls sideways, as "tag.class". */
export const OVERFLOWING = `(selector) => {
  const root = document.querySelector(selector)
  return [...root.querySelectorAll('*')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && getComputedStyle(el).textOverflow !== 'ellipsis')
    .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'))
}`

/** Whether the first painted range of a CSS.highlights entry lies inside the reader's visible area. */
export const PAINTED_IN_VIEW = `(name) => {
  const highlight = CSS.highlights.get(name)
  const range = highlight && [...highlight][0]
  if (!range) return false
  const rect = range.getBoundingClientRect()
  const view = document.querySelector('.reader-scroll').getBoundingClientRect()
  return rect.height > 0 && rect.top >= view.top && rect.bottom <= view.bottom
}`
