import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { CONTEXT_LENGTH } from './anchor-types'
import type { Anchor, AnchorResult } from './anchor-types'
import { createAnchor } from './create-anchor'
import { findOccurrences } from './find-occurrences'
import { loadCorpusTexts } from './load-corpus-texts'
import { reanchor } from './reanchor'

const corpus = loadCorpusTexts()
const corpusWords = [...new Set(corpus.join(' ').split(/\s+/).filter((w) => w.length > 1))]
// Words unrelated to the corpus topic (Russia/North Korea): replacement text that
// cannot accidentally re-create the passage.
const unrelatedWords = (
  'Tomatensuppe Fahrradweg Bibliothek Sonnenschein Gartenzaun Wetterbericht Kuchenblech ' +
  'Spaziergang Hausaufgaben Blumenbeet Regenschirm Lesebrille Zahnbürste Kaffeetasse Wanderkarte ' +
  'Schwimmbad Brotkorb Fensterbank Bleistift Apfelbaum Sommerferien Geburtstag Kinderwagen'
).split(' ')
const RUNS = 150

interface Passage {
  text: string
  anchor: Anchor
}

/** A highlight of `minLength..maxLength` characters somewhere in one of the corpus documents. */
function passageArb(minLength: number, maxLength: number): fc.Arbitrary<Passage> {
  return fc
    .record({ doc: fc.nat(), at: fc.nat(), length: fc.integer({ min: minLength, max: maxLength }) })
    .map(({ doc, at, length }) => {
      const text = corpus[doc % corpus.length]!
      const start = at % (text.length - length)
      return { text, start, end: start + length }
    })
    .filter(({ text, start, end }) => text.slice(start, end).trim() !== '')
    .map(({ text, start, end }) => ({ text, anchor: createAnchor(text, start, end) }))
}

interface Edit {
  kind: 'insert' | 'delete' | 'replace'
  before: boolean
  at: number
  length: number
  words: string[]
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  before: fc.boolean(),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 60 }),
  words: fc.array(fc.constantFrom(...corpusWords), { minLength: 1, maxLength: 8 }),
})

/**
 * Applies edits that never touch `[start, start + length)`; with `keepContext`
 * they also stay out of the stored context on both sides. Returns the new text
 * and the passage's new start.
 */
function applyOutside(text: string, start: number, length: number, edits: Edit[], keepContext: boolean) {
  let current = text
  let passageStart = start
  for (const edit of edits) {
    const margin = keepContext ? CONTEXT_LENGTH : 0
    // Edits in front are only allowed where the stored prefix is complete, so
    // the (fixed-size) context window the prefix is compared with stays intact.
    const beforeLimit = passageStart >= margin ? passageStart - margin : -1
    const afterStart = passageStart + length + margin
    const afterOk = afterStart <= current.length
    const useBefore = beforeLimit >= 0 && (edit.before || !afterOk)
    if (!useBefore && !afterOk) continue
    const [lo, hi] = useBefore ? [0, beforeLimit] : [afterStart, current.length]
    const at = lo + (edit.at % (hi - lo + 1))
    const deleted = edit.kind === 'insert' ? 0 : Math.min(edit.length, hi - at)
    const inserted = edit.kind === 'delete' ? '' : edit.words.join(' ') + ' '
    current = current.slice(0, at) + inserted + current.slice(at + deleted)
    if (useBefore) passageStart += inserted.length - deleted
  }
  return { text: current, start: passageStart }
}

function overlaps(result: AnchorResult, start: number, end: number): boolean {
  return result.position !== null && result.position.start < end && result.position.end > start
}

describe('reanchor properties', () => {
  it('(a) edits outside a passage and its context keep it exact/moved at the same passage', () => {
    fc.assert(
      fc.property(passageArb(1, 200), fc.array(editArb, { minLength: 1, maxLength: 5 }), ({ text, anchor }, edits) => {
        const { prefix, exact, suffix } = anchor.quote
        // With a duplicated passage *and* context the two copies are indistinguishable.
        fc.pre(findOccurrences(text, prefix + exact + suffix).length === 1)
        const edited = applyOutside(text, anchor.position.start, exact.length, edits, true)
        const result = reanchor(edited.text, anchor)
        expect(result.status).toBe(edited.start === anchor.position.start ? 'exact' : 'moved')
        expect(result.position).toEqual({ start: edited.start, end: edited.start + exact.length })
        expect(result.quote.exact).toBe(exact)
        expect(result.score).toBe(1)
      }),
      { numRuns: RUNS },
    )
  })

  it('(a′) edits that also touch the context never attach the passage elsewhere', () => {
    fc.assert(
      fc.property(passageArb(12, 200), fc.array(editArb, { minLength: 1, maxLength: 5 }), ({ text, anchor }, edits) => {
        const length = anchor.quote.exact.length
        const edited = applyOutside(text, anchor.position.start, length, edits, false)
        const result = reanchor(edited.text, anchor)
        if (result.status === 'exact' || result.status === 'moved') {
          expect(result.position).toEqual({ start: edited.start, end: edited.start + length })
        } else if (result.status === 'fuzzy') {
          expect(overlaps(result, edited.start, edited.start + length)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('(b) one or two character edits inside a passage of ≥ 30 characters re-anchor onto it', () => {
    const charEdit = fc.record({
      kind: fc.constantFrom('substitute', 'insert', 'delete'),
      at: fc.nat(),
      char: fc.constantFrom('e', 'n', 'r', 'ä', 'ß', 'x', ' ', ','),
    })
    fc.assert(
      fc.property(passageArb(30, 250), fc.array(charEdit, { minLength: 1, maxLength: 2 }), ({ text, anchor }, edits) => {
        let { start, end } = anchor.position
        let current = text
        for (const edit of edits) {
          const at = start + (edit.at % (end - start))
          const removed = edit.kind === 'insert' ? 0 : 1
          const added = edit.kind === 'delete' ? '' : edit.char
          current = current.slice(0, at) + added + current.slice(at + removed)
          end += added.length - removed
        }
        const result = reanchor(current, anchor)
        expect(result.status).not.toBe('orphaned')
        expect(overlaps(result, start, end)).toBe(true)
        if (result.status === 'fuzzy') {
          expect(result.score).toBeGreaterThanOrEqual(0.8)
          expect(result.quote.exact).toBe(current.slice(result.position!.start, result.position!.end))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('(c) deleting a passage or replacing it with unrelated words orphans it', () => {
    const replacement = fc.option(fc.array(fc.constantFrom(...unrelatedWords), { minLength: 1, maxLength: 40 }), {
      nil: undefined,
    })
    fc.assert(
      fc.property(passageArb(8, 250), replacement, ({ text, anchor }, words) => {
        const { start, end } = anchor.position
        const exact = anchor.quote.exact
        fc.pre(findOccurrences(text, exact).length === 1)
        // Similar length: as many unrelated words as needed to cover the passage.
        const filler = words === undefined ? '' : fillTo(words, exact.length)
        const edited = text.slice(0, start) + filler + text.slice(end)
        fc.pre(!edited.includes(exact))
        expect(reanchor(edited, anchor).status).toBe('orphaned')
      }),
      { numRuns: RUNS },
    )
  })
})

function fillTo(words: string[], length: number): string {
  let out = ''
  for (let i = 0; out.length < length; i++) out += (out ? ' ' : '') + words[i % words.length]!
  return out.slice(0, Math.max(1, length))
}
