import { foldPlain, tokenize, type GermanAnalyzer, type Token } from './analyzer'
import type { ParsedQuery } from './query-parser'

export interface MatchRange {
  start: number
  end: number
}

/** What counts as a match in a text: index terms (exact, or as prefix) and phrases. */
export interface MatchSpec {
  /** Index terms that matched (from the search engine, including fuzzy and prefix expansions). */
  terms: ReadonlySet<string>
  /** Phrases as sequences of plain-folded words. */
  phrases: string[][]
}

/** Splits phrases into plain-folded words, the form `findPhrase` compares. */
export function phraseWords(query: ParsedQuery): string[][] {
  return query.phrases.map((p) => tokenize(p).map((t) => foldPlain(t.text))).filter((w) => w.length > 0)
}

/**
 * Where a query matches in one text: every token one of whose index terms
 * matched (a compound is marked whole when a part matched), plus every
 * phrase occurrence. Sorted and merged so ranges never overlap.
 */
export function findMatchRanges(text: string, spec: MatchSpec, analyzer: GermanAnalyzer): MatchRange[] {
  const tokens = tokenize(text)
  const ranges: MatchRange[] = []
  if (spec.terms.size) {
    for (const token of tokens) {
      if (analyzer.matchesAny(token.text, spec.terms)) ranges.push({ start: token.start, end: token.end })
    }
  }
  for (const words of spec.phrases) ranges.push(...findPhrase(tokens, words))
  return mergeRanges(ranges)
}

/** Occurrences of a phrase: consecutive tokens whose plain-folded forms equal its words. */
export function findPhrase(tokens: readonly Token[], words: readonly string[]): MatchRange[] {
  const found: MatchRange[] = []
  if (!words.length) return found
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let ok = true
    for (let k = 0; k < words.length && ok; k++) ok = foldPlain(tokens[i + k]!.text) === words[k]
    if (ok) found.push({ start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end })
  }
  return found
}

function mergeRanges(ranges: MatchRange[]): MatchRange[] {
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: MatchRange[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else merged.push({ ...r })
  }
  return merged
}
