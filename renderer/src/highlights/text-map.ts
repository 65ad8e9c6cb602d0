import type { TextRange } from '../../../preload/contract'

/**
 * Marks the reader's text blocks (the title and the paragraphs). A block's
 * `data-start` is the canonical offset of its first character, and its text
 * content is the canonical slice with "\n" shown as " " — one code unit per
 * code unit — possibly split into several text nodes by search `<mark>`s.
 */
export const BLOCK_ATTR = 'data-block'

/** A text block; `end` is measured on first use, as long documents have thousands of blocks and most calls touch few. */
class Block {
  #end = -1
  constructor(
    readonly el: Element,
    readonly start: number,
  ) {}

  get end(): number {
    if (this.#end < 0) this.#end = this.start + (this.el.textContent ?? '').length
    return this.#end
  }
}

/** Which way a position between blocks (or outside any) snaps. */
export type Bias = 'forward' | 'backward'

/**
 * Maps DOM positions in the reader to canonical text offsets and back. Built
 * from the DOM as it is; build a new one after the reader re-renders.
 */
export class TextMap {
  readonly #root: Element
  readonly #blocks: Block[]

  constructor(root: Element) {
    this.#root = root
    this.#blocks = [...root.querySelectorAll(`[${BLOCK_ATTR}]`)].map((el) => new Block(el, Number(el.getAttribute('data-start'))))
  }

  /** The canonical offsets a DOM range covers; null when it covers no reader text. */
  offsetsOf(range: Range): TextRange | null {
    const start = this.offsetOf(range.startContainer, range.startOffset, 'forward')
    const end = this.offsetOf(range.endContainer, range.endOffset, 'backward')
    return start !== null && end !== null && start < end ? { start, end } : null
  }

  /**
   * The canonical offset of a DOM position. A position outside the text blocks
   * snaps to the next block's start (`forward`) or the previous block's end
   * (`backward`); null when there is none that way.
   */
  offsetOf(node: Node, offset: number, bias: Bias): number | null {
    if (!this.#root.contains(node)) return null
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
    const blockEl = element?.closest(`[${BLOCK_ATTR}]`)
    if (blockEl) {
      const before = blockEl.ownerDocument.createRange()
      before.setStart(blockEl, 0)
      before.setEnd(node, offset)
      return Number(blockEl.getAttribute('data-start')) + before.toString().length
    }
    // Between blocks (the reader's header, the gaps): compare with each block's extent.
    const doc = this.#root.ownerDocument
    if (bias === 'forward') {
      for (const b of this.#blocks) {
        const r = doc.createRange()
        r.selectNodeContents(b.el)
        if (r.comparePoint(node, offset) < 0) return b.start
      }
      return null
    }
    for (let i = this.#blocks.length - 1; i >= 0; i--) {
      const b = this.#blocks[i]!
      const r = doc.createRange()
      r.selectNodeContents(b.el)
      if (r.comparePoint(node, offset) > 0) return b.end
    }
    return null
  }

  /** A DOM range over canonical offsets (parts between blocks are snapped inwards); null when nothing of it is shown. */
  rangeFor(start: number, end: number): Range | null {
    const from = this.#point(start, 'forward')
    const to = this.#point(end, 'backward')
    if (!from || !to) return null
    const range = this.#root.ownerDocument.createRange()
    range.setStart(from.node, from.offset)
    range.setEnd(to.node, to.offset)
    return range.collapsed ? null : range
  }

  /**
   * One DOM range per block the canonical offsets touch: what painting needs,
   * so that what lies between blocks (the reader's date line under the title) is never painted.
   */
  rangesFor(start: number, end: number): Range[] {
    const ranges: Range[] = []
    for (let i = this.#blockIndex(start, 'forward'); i < this.#blocks.length; i++) {
      const block = this.#blocks[i]!
      if (block.start >= end) break
      const range = this.rangeFor(Math.max(start, block.start), Math.min(end, block.end))
      if (range) ranges.push(range)
    }
    return ranges
  }

  /** The index of the block holding `offset`, or of the one it snaps to (-1 or the block count when there is none). */
  #blockIndex(offset: number, bias: Bias): number {
    const blocks = this.#blocks
    if (bias === 'forward') {
      // First block ending after the offset.
      let lo = 0
      let hi = blocks.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (blocks[mid]!.end <= offset) lo = mid + 1
        else hi = mid
      }
      return lo
    }
    // Last block starting before the offset.
    let lo = 0
    let hi = blocks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (blocks[mid]!.start < offset) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }

  #point(offset: number, bias: Bias): { node: Node; offset: number } | null {
    const block = this.#blocks[this.#blockIndex(offset, bias)]
    if (!block) return null
    const inside = Math.min(block.end, Math.max(block.start, offset)) - block.start
    const walker = block.el.ownerDocument.createTreeWalker(block.el, NodeFilter.SHOW_TEXT)
    let seen = 0
    let last: Text | null = null
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const length = node.data.length
      // At a seam between two text nodes, a start belongs to the next node and an end to the previous one.
      if (bias === 'forward' ? inside < seen + length : inside <= seen + length) return { node, offset: inside - seen }
      seen += length
      last = node
    }
    return last ? { node: last, offset: last.data.length } : { node: block.el, offset: 0 }
  }
}
