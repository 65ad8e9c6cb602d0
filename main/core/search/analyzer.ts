import { stemmer } from '@orama/stemmers/german'
import { foldWord, normalizeGermanWord, stripUmlauts } from './fold-german'
import { MIN_PART_LENGTH, splitCompound } from './split-compound'

/**
 * Version of the analysis below. Saved indexes carry it; one written with
 * another version is rebuilt instead of being searched with mismatched terms.
 * Bump it whenever `termsFor` could return something different for a word.
 */
export const ANALYZER_VERSION = 1

/** A surface token of a text with its UTF-16 offsets. */
export interface Token {
  text: string
  start: number
  end: number
}

// Letters, marks and digits; hyphen-joined runs stay one token ("Jong-un",
// "Nordkorea-Experte") so they can be indexed whole and by their parts.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu
const HYPHEN = /[-\u2010\u2011]/

/** Splits a text into word tokens with offsets (Unicode letters/digits; hyphenated words stay whole). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length })
  }
  return tokens
}

/** The word tokens of a text without offsets: what the index is fed (cheaper than {@link tokenize}). */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD) ?? []
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

  /** Stem of a single word (no hyphen handling). */
  stem(word: string): string {
    return this.stemOf(word)
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
    return terms
  }

  /** The stem a single query word is looked up by (hyphens are the caller's business, see {@link queryForms}). */
  queryTerm(word: string): string {
    return this.stemOf(word)
  }

  /**
   * How a query word is looked up: `whole` is its term; for a hyphenated word
   * `parts` holds the terms of its parts, which match documents that write the
   * parts apart ("Jong Un") or hyphenated.
   */
  queryForms(word: string): { whole: string; parts: string[] } {
    if (!isHyphenated(word)) return { whole: this.stemOf(word), parts: [] }
    const parts = hyphenParts(word)
    return { whole: this.stemOf(parts.join('')), parts: parts.map((p) => this.stemOf(p)) }
  }

  /** Folded, unstemmed form of a word (for prefix matching of a word still being typed). */
  foldedForm(word: string): string {
    return stripUmlauts(normalizeGermanWord(word))
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
