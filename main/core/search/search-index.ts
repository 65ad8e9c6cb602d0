import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch'
import { ANALYZER_VERSION, GermanAnalyzer, foldPlain, tokenize } from './analyzer'
import { findMatchRanges, phraseWords, type MatchRange } from './match-ranges'
import { parseQuery, type ParsedQuery } from './query-parser'
import { buildSnippets, type Snippet } from './snippets'

export interface IndexableDocument {
  id: string
  title: string
  text: string
}

export type SearchSnippet = Snippet

export interface SearchResultItem {
  id: string
  score: number
  /** Matched word occurrences in the document. */
  hits: number
  snippets: SearchSnippet[]
}

export interface SearchResult {
  query: string
  total: number
  mode: 'all' | 'any'
  results: SearchResultItem[]
}

export interface SearchOptions {
  limit?: number
}

/** Reads a document's canonical text (lazily: phrases and snippets need it, the index does not hold it). */
export type TextProvider = (id: string) => Promise<string>

/** A saved index from another analyzer version, or one that does not parse. */
export class IndexVersionError extends Error {}

/** Title words weigh more: a document whose title names the query is usually about it. */
const TITLE_BOOST = 2.5
/** Prefix expansion only from this many letters on: shorter prefixes match too much and are slow. */
const MIN_PREFIX = 3
/** Completions a word being typed is expanded to at most (closest first). */
const MAX_COMPLETIONS = 20
/** Weight of a completion relative to an exact match (MiniSearch's default prefix weight). */
const PREFIX_WEIGHT = 0.375
/** Phrase candidates checked against the text at most (each needs the document's text). */
const MAX_PHRASE_CHECKS = 2000

interface IndexJson {
  version: number
  vocabulary: string[]
  index: unknown
}

/**
 * The search index of a corpus: MiniSearch over German index terms.
 *
 * Saved format (`toJSON`): `{"version": ANALYZER_VERSION, "vocabulary": [...],
 * "index": <MiniSearch.toJSON()>}`. `vocabulary` is the compound-splitting
 * dictionary (plain-folded corpus words); it grows as documents are added, and
 * documents indexed earlier keep the splits they got then (a full rebuild
 * re-splits everything).
 */
export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<IndexableDocument>,
    readonly analyzer: GermanAnalyzer,
  ) {}

  private static options(analyzer: GermanAnalyzer) {
    return {
      fields: ['title', 'text'],
      idField: 'id',
      // Terms come out of the analyzer fully processed; MiniSearch must not touch them again.
      tokenize: (text: string) => analyzer.termsOfText(text),
      processTerm: (term: string) => term,
      // Query leaves are already index terms (see wordQuery): no second analysis.
      searchOptions: { tokenize: (term: string) => [term], processTerm: (term: string) => term },
      autoVacuum: false,
    }
  }

  static create(vocabulary: Iterable<string> = []): SearchIndex {
    const analyzer = new GermanAnalyzer(vocabulary)
    return new SearchIndex(new MiniSearch<IndexableDocument>(SearchIndex.options(analyzer)), analyzer)
  }

  /**
   * Builds an index in one go: first the compound vocabulary of all documents,
   * then the index. `onProgress` is called every 100 documents and at the end.
   */
  static build(docs: Iterable<IndexableDocument>, onProgress?: (done: number, total: number) => void): SearchIndex {
    const list = Array.isArray(docs) ? (docs as IndexableDocument[]) : [...docs]
    const index = SearchIndex.create()
    for (const doc of list) {
      index.analyzer.learn(doc.title)
      index.analyzer.learn(doc.text)
    }
    list.forEach((doc, i) => {
      index.mini.add(doc)
      if ((i + 1) % 100 === 0) onProgress?.(i + 1, list.length)
    })
    onProgress?.(list.length, list.length)
    return index
  }

  /** Loads a saved index; throws `IndexVersionError` when it was made by another analyzer version or is damaged. */
  static fromJSON(json: string): SearchIndex {
    let parsed: IndexJson
    try {
      parsed = JSON.parse(json) as IndexJson
    } catch {
      throw new IndexVersionError('saved index is damaged')
    }
    if (parsed.version !== ANALYZER_VERSION) throw new IndexVersionError(`saved index has analyzer version ${parsed.version}, expected ${ANALYZER_VERSION}`)
    const analyzer = new GermanAnalyzer(parsed.vocabulary)
    try {
      const plain = parsed.index as Parameters<typeof MiniSearch.loadJS>[0]
      const mini = MiniSearch.loadJS<IndexableDocument>(plain, SearchIndex.options(analyzer))
      // The completions tree is not saved: its terms are the index's own terms.
      for (const entry of plain.index) analyzer.addIndexTerm(entry[0])
      return new SearchIndex(mini, analyzer)
    } catch {
      throw new IndexVersionError('saved index is damaged')
    }
  }

  toJSON(): string {
    const json: IndexJson = { version: ANALYZER_VERSION, vocabulary: [...this.analyzer.vocabulary], index: this.mini.toJSON() }
    return JSON.stringify(json)
  }

  add(doc: IndexableDocument): void {
    this.analyzer.learn(doc.title)
    this.analyzer.learn(doc.text)
    this.mini.add(doc)
  }

  remove(id: string): void {
    this.mini.discard(id)
  }

  has(id: string): boolean {
    return this.mini.has(id)
  }

  get size(): number {
    return this.mini.documentCount
  }

  /**
   * Runs a query: all words must match (BM25, title boosted), falling back to
   * any word when nothing has them all; phrases are verified in the text;
   * `-words` exclude. Throws `QuerySyntaxError` for a malformed query string.
   */
  async search(query: string | ParsedQuery, getText: TextProvider, options: SearchOptions = {}): Promise<SearchResult> {
    const parsed = typeof query === 'string' ? parseQuery(query) : query
    const raw = typeof query === 'string' ? query : [...parsed.terms, ...parsed.phrases.map((p) => `"${p}"`)].join(' ')
    const limit = options.limit ?? 20
    let mode: SearchResult['mode'] = 'all'
    let hits = this.run(parsed, 'AND')
    if (!hits.length && parsed.terms.length > 1) {
      hits = this.run(parsed, 'OR')
      mode = 'any'
    }

    const phrases = phraseWords(parsed)
    const texts = new Map<string, string>()
    if (phrases.length) {
      const verified: MiniResult[] = []
      for (const hit of hits.slice(0, MAX_PHRASE_CHECKS)) {
        const text = await getText(String(hit.id)).catch(() => null)
        if (text === null) continue
        const tokens = tokenize(text)
        const plain = tokens.map((t) => foldPlain(t.text))
        if (phrases.every((words) => containsSequence(plain, words))) {
          verified.push(hit)
          texts.set(String(hit.id), text)
        }
      }
      hits = verified
    }

    const results: SearchResultItem[] = []
    for (const hit of hits.slice(0, limit)) {
      const id = String(hit.id)
      const text = texts.get(id) ?? (await getText(id).catch(() => null))
      const marks: MatchRange[] = text === null ? [] : findMatchRanges(text, { terms: new Set(hit.terms), phrases }, this.analyzer)
      results.push({ id, score: hit.score, hits: marks.length, snippets: text === null ? [] : buildSnippets(text, marks) })
    }
    return { query: raw, total: hits.length, mode, results }
  }

  /** Where a query matches in one document's text (the reader's marks), with the same term expansion as search. */
  matchRanges(id: string, text: string, parsed: ParsedQuery): MatchRange[] {
    const hits = this.run(parsed, 'OR', (result) => result.id === id)
    return findMatchRanges(text, { terms: new Set(hits[0]?.terms ?? []), phrases: phraseWords(parsed) }, this.analyzer)
  }

  private run(parsed: ParsedQuery, combineWith: 'AND' | 'OR', filter?: (result: MiniResult) => boolean): MiniResult[] {
    const analyzer = this.analyzer
    const words: Query[] = []
    const phraseTerms = parsed.phrases.flatMap((p) => tokenize(p).map((t) => t.text))
    parsed.terms.forEach((word, i) => {
      const isLast = i === parsed.terms.length - 1
      words.push(this.wordQuery(word, isLast && parsed.prefixLast))
    })
    // Phrase words are required in both modes: the phrase check needs them anyway.
    const required = phraseTerms.map((word) => this.wordQuery(word, false, false))
    let positive: Query
    if (words.length && required.length) {
      positive = { combineWith: 'AND', queries: [{ combineWith, queries: words }, ...required] }
    } else {
      positive = { combineWith: words.length ? combineWith : 'AND', queries: words.length ? words : required }
    }
    const excluded = parsed.excluded.flatMap((word) => word.split(/[-‐‑]/)).map((part) => analyzer.stem(part))
    const query: Query = excluded.length ? { combineWith: 'AND_NOT', queries: [positive, ...excluded] } : positive
    return this.mini.search(query, {
      boost: { title: TITLE_BOOST },
      ...(filter ? { filter } : {}),
    })
  }

  /**
   * One query word: its stem, fuzzy on longer words, as a prefix while it is
   * being typed. A hyphenated word requires each of its parts, so "Jong-un"
   * finds "Jong Un" and the other way round (parts are indexed too).
   */
  private wordQuery(word: string, prefix: boolean, fuzzy = true): Query {
    const parts = word.split(/[-‐‑]/).filter(Boolean)
    if (parts.length > 1) return { combineWith: 'AND', queries: parts.map((p, i) => this.wordQuery(p, prefix && i === parts.length - 1, fuzzy)) }
    const stem = this.analyzer.stem(word)
    // Typo tolerance only for words the corpus does not contain: a known word
    // is taken as meant, and fuzzy matching over ~200k terms is the slowest
    // part of a query.
    const typo = fuzzy && !this.analyzer.knows(stem) ? fuzziness(word) : false
    const exact: Query = { queries: [stem], fuzzy: typo, prefix: false }
    if (!prefix || word.length < MIN_PREFIX) return exact
    // The word being typed: expand it to a bounded set of completions of its
    // plain form (and of its stem, when the stemmer cut a partial word), weighted
    // like MiniSearch weights prefix matches (closer completions weigh more).
    const plain = foldPlain(word)
    const starts = stem !== plain && stem.length >= MIN_PREFIX + 1 ? [plain, stem] : [plain]
    const completions = new Set<string>()
    for (const start of starts) for (const term of this.analyzer.completions(start, MAX_COMPLETIONS)) completions.add(term)
    // A word typed past its stem ("Beziehun": stem "bezieh") has no completions of
    // its own; the known stems it starts with stand in for them.
    // Never for numbers and identifiers: "Markierwort1234" is not "Markierwort123".
    const typedPastStem = completions.size === 0 && !/\p{N}/u.test(plain)
    for (let k = plain.length - 1; typedPastStem && k >= Math.max(MIN_PREFIX + 1, plain.length - 3); k--) {
      const head = plain.slice(0, k)
      if (this.analyzer.knows(head)) completions.add(head)
    }
    completions.delete(stem)
    if (!completions.size) return exact
    const typed = plain.length
    const expansion: Query = {
      combineWith: 'OR',
      queries: [...completions],
      fuzzy: false,
      prefix: false,
      boostTerm: (term) => (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * Math.max(0, term.length - typed)),
    }
    return { combineWith: 'OR', queries: [exact, expansion] }
  }
}

/**
 * Typo tolerance: none below 5 letters, one edit up to 8, two beyond — and
 * none for words with digits: "2023" is not a typo of "2024", nor "G7" of "G8".
 */
function fuzziness(term: string): number | false {
  if (term.length < 5 || /\p{N}/u.test(term)) return false
  return term.length <= 8 ? 1 : 2
}

function containsSequence(haystack: readonly string[], words: readonly string[]): boolean {
  outer: for (let i = 0; i + words.length <= haystack.length; i++) {
    for (let k = 0; k < words.length; k++) if (haystack[i + k] !== words[k]) continue outer
    return true
  }
  return false
}
