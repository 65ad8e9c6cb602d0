/**
 * Character-level German folding shared by the analyzer (per word) and the
 * phrase check (whole texts, with an offset map back into the original).
 *
 * Rules, in the spirit of Snowball's "german2" prelude:
 * - lowercase;
 * - ß → ss;
 * - ae/oe/ue → ä/ö/ü, except "ue" after "q" (Quelle) or after a vowel
 *   (Frauen, neue: there the u is a consonant-like glide, german2 marks it `U`);
 * - for comparisons (not for the stemmer input) ä/ö/ü → a/o/u.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü'])
const UMLAUT_OF: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' }
const PLAIN_OF: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' }

/** True when a lowercase word needs german2 treatment; lets the common case skip the slow path. */
const NEEDS_WORK = /[ß]|[aou]e/

/**
 * Lowercases a word and applies the german2 digraph rule (ae→ä, oe→ö, ue→ü)
 * and ß→ss, keeping the umlauts: this is what the Snowball stemmer expects.
 */
export function normalizeGermanWord(word: string): string {
  const lower = word.toLowerCase()
  if (!NEEDS_WORK.test(lower)) return lower
  let out = ''
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!
    if (c === 'ß') {
      out += 'ss'
      continue
    }
    const umlaut = UMLAUT_OF[c]
    if (umlaut !== undefined && lower[i + 1] === 'e') {
      const prev = lower[i - 1]
      const keep = c === 'u' && prev !== undefined && (prev === 'q' || VOWELS.has(prev))
      if (!keep) {
        out += umlaut
        i++
        continue
      }
    }
    out += c
  }
  return out
}

/** Replaces ä/ö/ü with a/o/u (after {@link normalizeGermanWord}): the form words are compared in. */
export function stripUmlauts(word: string): string {
  return word.replace(/[äöü]/g, (c) => PLAIN_OF[c] ?? c)
}

/** Folds a single word completely: lowercase, german2 digraphs, ß→ss, no umlauts. */
export function foldWord(word: string): string {
  return stripUmlauts(normalizeGermanWord(word))
}

/** A folded text and, for each of its UTF-16 units, the offset of the original unit it came from. */
export interface FoldedText {
  folded: string
  /**
   * `map[i]` = offset in the original of `folded[i]`; `map[folded.length]` =
   * original length. A match `[s, e)` of the folded text is `[map[s], map[e])`
   * of the original (swallowed "e"s and collapsed whitespace fall outside it).
   */
  map: number[]
}

/**
 * Folds a whole text for phrase comparison: case-insensitive, umlaut-folded
 * (ä = ae = a), ß = ss, every whitespace run → one space. The offset map lets
 * a match in the folded text be reported as a range of the canonical text.
 */
export function foldText(text: string): FoldedText {
  const lower = text.toLowerCase()
  // toLowerCase can change length for a few exotic characters (İ); then offsets
  // would drift, so fold per character instead of trusting the bulk result.
  const sameLength = lower.length === text.length
  let folded = ''
  const map: number[] = []
  let lastWasSpace = false
  for (let i = 0; i < text.length; i++) {
    let c = sameLength ? lower[i]! : text[i]!.toLowerCase()
    if (c.length !== 1) c = text[i]!
    const code = c.charCodeAt(0)
    if (code <= 32 || code === 0xa0 || (code > 127 && /\s/.test(c))) {
      if (!lastWasSpace) {
        folded += ' '
        map.push(i)
      }
      lastWasSpace = true
      continue
    }
    lastWasSpace = false
    if (c === 'ß') {
      folded += 'ss'
      map.push(i, i)
      continue
    }
    const plain = PLAIN_OF[c]
    if (plain !== undefined) {
      folded += plain
      map.push(i)
      continue
    }
    if ((c === 'a' || c === 'o' || c === 'u') && (sameLength ? lower[i + 1] : text[i + 1]?.toLowerCase()) === 'e') {
      const prev = sameLength ? lower[i - 1] : text[i - 1]?.toLowerCase()
      const keep = c === 'u' && prev !== undefined && (prev === 'q' || VOWELS.has(prev))
      if (!keep) {
        folded += c
        map.push(i)
        i++ // the "e" is swallowed; its offset stays covered by the next map entry
        continue
      }
    }
    folded += c
    map.push(i)
  }
  map.push(text.length)
  return { folded, map }
}
