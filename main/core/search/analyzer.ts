import { stemmer } from '@orama/stemmers/german'
import SearchableMap from 'minisearch/SearchableMap'
import { foldWord, normalizeGermanWord, stripUmlauts } from './fold-german'
import { MIN_PART_LENGTH, splitCompound } from './split-compound'

/**
 * Version of the analysis below. Saved indexes carry it; one written with
 * another version is rebuilt instead of being searched with mismatched terms.
 * Bump it whenever `termsFor` could return something different for a word.
 */
export const ANALYZER_VERSION = 2

/** A surface token of a text with its UTF-16 offsets. */
export interface Token {
  text: string
  start: number
  end: number
}

// Tokens are runs of letters, marks and digits; hyphen-joined runs stay one
// token ("Jong-un", "Nordkorea-Experte") so they can be indexed whole and by parts.
const HYPHEN = /[-\u2010\u2011]/
const HYPHENS = /[-\u2010\u2011]/g

// Word-character test per UTF-16 unit, cached for the BMP: a hand-written scan
// with this table is ~3× faster than the equivalent /\p{L}/u regex, and every
// document is tokenized at index time and every result's text again for snippets.
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u
const wordCharCache = new Uint8Array(65536) // 0 = not yet known, 1 = word char, 2 = not

function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    // Astral characters are rare: test the whole code point, uncached.
    const cp = text.codePointAt(i)!
    return cp > 0xffff && WORD_CHAR_RE.test(String.fromCodePoint(cp)) ? 2 : 0
  }
  let known = wordCharCache[c]!
  if (known === 0) {
    known = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2
    wordCharCache[c] = known
  }
  return known === 1 ? 1 : 0
}

function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011
}

/** Calls `onToken(start, end)` for each word token: runs of letters/marks/digits, hyphen-joined runs kept whole. */
function scanWords(text: string, onToken: (start: number, end: number) => void): void {
  const n = text.length
  let i = 0
  while (i < n) {
    let step = wordCharLength(text, i)
    if (step === 0) {
      i++
      continue
    }
    const start = i
    for (;;) {
      while (step > 0) {
        i += step
        step = i < n ? wordCharLength(text, i) : 0
      }
      // A hyphen continues the token only when a word character follows it.
      if (i + 1 < n && isHyphenCode(text.charCodeAt(i))) {
        step = wordCharLength(text, i + 1)
        if (step > 0) {
          i++
          continue
        }
      }
      break
    }
    onToken(start, i)
  }
}

/** Splits a text into word tokens with offsets (Unicode letters/digits; hyphenated words stay whole). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  scanWords(text, (start, end) => tokens.push({ text: text.slice(start, end), start, end }))
  return tokens
}

/** The word tokens of a text without offsets: what the index is fed. */
export function tokenizeWords(text: string): string[] {
  const words: string[] = []
  scanWords(text, (start, end) => words.push(text.slice(start, end)))
  return words
}

/** Plain-folded word (lowercase, ä/ae→a, ß→ss, unstemmed): the form phrases and prefixes are compared in. */
export function foldPlain(word: string): string {
  return foldWord(word)
}

/** True when a token is hyphen-joined ("Jong-un"). */
export function isHyphenated(token: string): boolean {
  return HYPHEN.test(token)
}

/** The hyphen-separated parts of a token. */
export function hyphenParts(token: string): string[] {
  return token.split(HYPHEN).filter((p) => p.length > 0)
}

/**
 * Stem of one word (no hyphens): lowercase, german2 digraphs (ae→ä, …), ß→ss,
 * then Snowball German, whose postlude folds ä/ö/ü to a/o/u.
 */
export function stemWord(word: string): string {
  return stemmer(normalizeGermanWord(word))
}

/**
 * The German analysis used for indexing, querying and marking matches.
 *
 * A word becomes its stem ("Präsidenten" → "prasident"); a hyphenated word its
 * joined stem plus the terms of each part ("Jong-un" → "jongun", "jong", "un");
 * a compound of corpus words its stem plus the stems of its parts
 * ("Artilleriemunition" → "artilleriemunition", "artilleri", "munition").
 *
 * The compound split needs to know the corpus vocabulary first, hence two
 * steps: {@link learnText} over every document, then {@link termsFor}. Results
 * are memoized per surface token, which is what keeps indexing cheap: a corpus
 * of millions of tokens has only some hundred thousand distinct ones.
 *
 * Vocabulary and incremental adds: the vocabulary only grows (learning a new
 * document adds its stems; removing one keeps them). A word analysed once
 * keeps its terms for the life of this analyzer, even if a later document
 * teaches a word that would now split it: the same word then has the same
 * terms in every document indexed in this session. After a reload the memo
 * starts empty and later adds are analysed with the full saved vocabulary, so
 * a compound may be split for new documents but not for older ones until the
 * next full rebuild. That only affects finding a compound by its suffix part.
 */
export class GermanAnalyzer {
  private readonly vocab: Set<string>
  /** surface token → stem of the whole word (hyphenated: joined), filled by learning. */
  private readonly stems = new Map<string, string>()
  /** surface token → all index terms. */
  private readonly terms = new Map<string, string[]>()
  /**
   * Every index term produced so far, in a radix tree, so a typed prefix can
   * be expanded to a bounded number of terms (see {@link completions}).
   * Filled once per distinct surface token, so it costs little at index time.
   */
  private readonly indexTerms = new SearchableMap<true>()

  constructor(vocabulary: Iterable<string> = []) {
    this.vocab = new Set(vocabulary)
  }

  /** The compound-splitting vocabulary (stems of corpus words, ≥ 4 letters); saved with the index. */
  get vocabulary(): ReadonlySet<string> {
    return this.vocab
  }

  /** Same as {@link learnText}. */
  learn(text: string): void {
    this.learnText(text)
  }

  /**
   * Stem of a single query word (no hyphen handling). Unlike indexing, this
   * never adds to the vocabulary: a typo typed into the search box must not
   * become a "known word" (that would switch off its typo tolerance).
   */
  stem(word: string): string {
    return this.stems.get(word) ?? stemWord(word)
  }

  /** All index terms of a text, token by token (what MiniSearch is fed when it is given the terms as tokens). */
  termsOfText(text: string): string[] {
    const out: string[] = []
    for (const token of tokenizeWords(text)) {
      const terms = this.termsFor(token)
      for (let i = 0; i < terms.length; i++) out.push(terms[i]!)
    }
    return out
  }

  /** Adds the stems of a text's words to the vocabulary compounds are split against. */
  learnText(text: string): void {
    for (const token of tokenizeWords(text)) {
      if (!this.stems.has(token)) this.learnToken(token)
    }
  }

  /** Number of distinct stems known. */
  get vocabularySize(): number {
    return this.vocab.size
  }

  /** The vocabulary, to be saved with an index. */
  vocabularyList(): string[] {
    return [...this.vocab]
  }

  /** True when the stem occurs in the learned vocabulary (stems shorter than a compound part are not kept). */
  knows(stem: string): boolean {
    return this.vocab.has(stem)
  }

  /**
   * All index terms of one surface token: the whole word's stem, then the
   * terms of its hyphen parts and its compound parts (no duplicates). Memoized.
   */
  termsFor(surface: string): string[] {
    const cached = this.terms.get(surface)
    if (cached !== undefined) return cached
    const terms = this.analyze(surface)
    this.terms.set(surface, terms)
    for (const term of terms) this.indexTerms.set(term, true)
    return terms
  }

  /**
   * True when one of the token's index terms is in `terms`. Cheaper than
   * `termsFor(surface).some(...)` for tokens not analysed yet (a reopened
   * index marking a document for the first time): every term of a token is
   * a substring of its folded form, so a token containing none of the terms
   * is rejected without stemming or decompounding it.
   */
  matchesAny(surface: string, terms: ReadonlySet<string>): boolean {
    let own = this.terms.get(surface)
    if (own === undefined) {
      const folded = foldWord(surface).replace(HYPHENS, '')
      let candidate = false
      for (const term of terms) {
        if (folded.includes(term)) {
          candidate = true
          break
        }
      }
      if (!candidate) return false
      own = this.termsFor(surface)
    }
    for (const term of own) if (terms.has(term)) return true
    return false
  }

  /** The stem a single query word is looked up by (hyphens are the caller's business, see {@link queryForms}). */
  queryTerm(word: string): string {
    return this.stem(word)
  }

  /**
   * How a query word is looked up: `whole` is its term; for a hyphenated word
   * `parts` holds the terms of its parts, which match documents that write the
   * parts apart ("Jong Un") or hyphenated.
   */
  queryForms(word: string): { whole: string; parts: string[] } {
    if (!isHyphenated(word)) return { whole: this.stem(word), parts: [] }
    const parts = hyphenParts(word)
    return { whole: this.stem(parts.join('')), parts: parts.map((p) => this.stem(p)) }
  }

  /** Folded, unstemmed form of a word (for prefix matching of a word still being typed). */
  foldedForm(word: string): string {
    return stripUmlauts(normalizeGermanWord(word))
  }

  /** Records an index term for {@link completions} (used when an index is reloaded from JSON). */
  addIndexTerm(term: string): void {
    this.indexTerms.set(term, true)
  }

  /**
   * Up to `max` index terms starting with `prefix`, shortest first: the
   * closest completions of a word being typed. Why bounded: a 4-letter
   * prefix of a large German corpus expands to thousands of compounds, and
   * scoring all of them made type-ahead slow (p95 ≈ 90 ms at 10,000 docs).
   */
  completions(prefix: string, max: number): string[] {
    const found: string[] = []
    for (const term of this.indexTerms.atPrefix(prefix).keys()) found.push(term)
    if (found.length <= max) return found
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, max)
  }

  private stemOf(surface: string): string {
    let stem = this.stems.get(surface)
    if (stem === undefined) stem = this.learnToken(surface)
    return stem
  }

  /** Computes and records the whole-word stem of a token (and of its hyphen parts) in the vocabulary. */
  private learnToken(surface: string): string {
    let stem: string
    if (isHyphenated(surface)) {
      const parts = hyphenParts(surface)
      for (const part of parts) this.stemOf(part)
      stem = stemWord(parts.join(''))
    } else {
      stem = stemWord(surface)
    }
    this.stems.set(surface, stem)
    if (stem.length >= MIN_PART_LENGTH) this.vocab.add(stem)
    return stem
  }

  private analyze(surface: string): string[] {
    const whole = this.stemOf(surface)
    if (isHyphenated(surface)) {
      const terms = new Set([whole])
      for (const part of hyphenParts(surface)) for (const t of this.termsFor(part)) terms.add(t)
      return [...terms]
    }
    const parts = splitCompound(stripUmlauts(normalizeGermanWord(surface)), whole, this.vocab)
    if (parts.length === 0) return [whole]
    return [...new Set([whole, ...parts])]
  }
}
