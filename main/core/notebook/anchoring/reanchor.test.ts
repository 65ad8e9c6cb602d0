import { describe, it, expect } from 'vitest'
import type { Anchor } from './anchor-types'
import { createAnchor } from './create-anchor'
import { loadCorpusTexts } from './load-corpus-texts'
import { reanchor, reanchorAll } from './reanchor'

const corpus = loadCorpusTexts()
const article = corpus[0]!

function anchorOn(text: string, passage: string, occurrence = 0): Anchor {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(passage, start + 1)
  if (start < 0) throw new Error(`passage not in text: ${passage}`)
  return createAnchor(text, start, start + passage.length)
}

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from)
  if (at < 0) throw new Error(`not in text: ${from}`)
  return text.slice(0, at) + to + text.slice(at + from.length)
}

const passage =
  'Der nordkoreanische Führer Kim Jong Un lud Putin ein, als Kim im September den Fernen Osten Russlands besuchte.'

// A news text whose sentences repeat the same formula, the worst case for look-alike matches.
const formulaic = [
  'Moskau bereitet sich auf eine Reihe von Gipfeltreffen vor, wie die Agentur Tass meldet.',
  'Der russische Präsident Wladimir Putin hat am Dienstag in Moskau eine Rede vor Studenten gehalten.',
  'Dabei ging es vor allem um die wirtschaftliche Lage des Landes und um neue Sanktionen.',
  'Kritiker warfen der Regierung vor, die Probleme kleinzureden.',
  'Der russische Präsident Wladimir Putin hat am Mittwoch in Pjöngjang eine Rede vor Soldaten gehalten.',
  'Beobachter rechnen mit weiteren Reisen in der Region noch vor Jahresende.',
].join('\n\n')
const firstFormula = 'Der russische Präsident Wladimir Putin hat am Dienstag in Moskau eine Rede vor Studenten gehalten.'

describe('reanchor', () => {
  it('keeps an unchanged passage exact', () => {
    const anchor = anchorOn(article, passage)
    const result = reanchor(article, anchor)
    expect(result).toEqual({ status: 'exact', position: anchor.position, quote: anchor.quote, score: 1 })
  })

  it('reports moved with shifted offsets when text is inserted before', () => {
    const anchor = anchorOn(article, passage)
    const inserted = 'Aktualisiert am Montag: Der Kreml bestätigte die Reise.\n\n'
    const result = reanchor(inserted + article, anchor)
    expect(result.status).toBe('moved')
    expect(result.score).toBe(1)
    expect(result.position).toEqual({
      start: anchor.position.start + inserted.length,
      end: anchor.position.end + inserted.length,
    })
    expect(result.quote.exact).toBe(passage)
  })

  it('picks the right one of several identical occurrences by context', () => {
    const text = 'Am Montag sagte Wladimir Putin wenig. Am Dienstag lobte Wladimir Putin den Gast. Am Mittwoch schwieg Wladimir Putin.'
    const anchor = anchorOn(text, 'Wladimir Putin', 1)
    const shifted = 'Vorab: ' + text.replace('Am Montag sagte', 'Montags sprach')
    const result = reanchor(shifted, anchor)
    expect(result.status).toBe('moved')
    expect(result.position!.start).toBe(shifted.indexOf('lobte Wladimir Putin') + 'lobte '.length)
  })

  it('does not take a different copy that an insertion shifted onto the stored offsets', () => {
    const text = 'Kim Jong Un traf Putin am Flughafen. Später lobte Kim Jong Un die Freundschaft mit Russland.'
    const anchor = anchorOn(text, 'Kim Jong Un', 1)
    const inserted = 'x'.repeat(anchor.position.start)
    const edited = inserted + text
    expect(edited.slice(anchor.position.start, anchor.position.end)).toBe('Kim Jong Un')
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('moved')
    expect(result.position!.start).toBe(anchor.position.start + inserted.length)
  })

  it('matches fuzzily after a typo fix or a changed word inside the passage', () => {
    const anchor = anchorOn(article, passage)
    const typo = replaceOnce(article, 'Fernen Osten', 'Fernen Ostn')
    const typoResult = reanchor(typo, anchor)
    expect(typoResult.status).toBe('fuzzy')
    expect(typoResult.score).toBeGreaterThan(0.9)
    expect(typoResult.score).toBeLessThan(1)
    expect(typoResult.quote.exact).toBe(passage.replace('Fernen Osten', 'Fernen Ostn'))

    const word = replaceOnce(article, 'im September', 'im vergangenen Herbst')
    const wordResult = reanchor(word, anchor)
    expect(wordResult.status).toBe('fuzzy')
    const newStart = word.indexOf('Der nordkoreanische Führer')
    expect(wordResult.position!.start).toBe(newStart)
    expect(wordResult.quote.exact).toBe(word.slice(newStart, word.indexOf('besuchte.', newStart) + 9))
    expect(wordResult.quote.prefix).toBe(word.slice(newStart - 32, newStart))
  })

  it('orphans a deleted passage', () => {
    const anchor = anchorOn(article, passage)
    expect(reanchor(replaceOnce(article, passage, ''), anchor)).toEqual({
      status: 'orphaned',
      position: null,
      quote: anchor.quote,
      score: 0,
    })
  })

  it('orphans a rewritten sentence instead of jumping to a formulaic look-alike', () => {
    const anchor = anchorOn(formulaic, firstFormula)
    const rewritten = replaceOnce(
      formulaic,
      firstFormula,
      'Kremlchef Putin sprach am Dienstag an einer Moskauer Universität zu jungen Leuten.',
    )
    expect(reanchor(rewritten, anchor).status).toBe('orphaned')
    expect(reanchor(replaceOnce(formulaic, firstFormula + '\n\n', ''), anchor).status).toBe('orphaned')
  })

  it('still finds the formulaic sentence itself after a small edit', () => {
    const anchor = anchorOn(formulaic, firstFormula)
    const edited = replaceOnce(formulaic, 'vor Studenten', 'vor vielen Studenten')
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(result.position!.start).toBe(edited.indexOf('Der russische Präsident'))
  })

  it('prefers the edited passage in place over a verbatim copy in foreign surroundings', () => {
    const sentence = 'Putin und Kim unterzeichneten ein Abkommen über gegenseitigen Beistand.'
    const text = `Einleitung zum Gipfel in Pjöngjang.\n\n${sentence}\n\nDanach gab es ein Bankett.\n\nIm Archiv: ${sentence} Ende.`
    const anchor = anchorOn(text, sentence, 0)
    const edited = replaceOnce(text, 'gegenseitigen Beistand', 'gegenseitigen militärischen Beistand')
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(result.position!.start).toBe(anchor.position.start)
  })

  it('keeps a whole paragraph when new paragraphs appear on both sides', () => {
    const anchor = anchorOn(article, passage)
    const edited = replaceOnce(
      article,
      passage,
      `Die Reise war lange vorbereitet worden.\n\n${passage}\n\nSeitdem trafen sich Delegationen mehrmals.`,
    )
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('moved')
    expect(result.quote.exact).toBe(passage)
  })

  it('requires context for short quotes and never matches them fuzzily', () => {
    const text = 'Kim traf Putin. Danach sprach Kim lange mit der Presse über den Besuch.'
    const anchor = anchorOn(text, 'Kim', 1)
    const moved = reanchor('Neu: ' + text, anchor)
    expect(moved.status).toBe('moved')
    expect(moved.position!.start).toBe(anchor.position.start + 5)
    // The highlighted "Kim" disappears; the other "Kim" has unrelated context.
    expect(reanchor(text.replace('sprach Kim lange', 'sprach er lange'), anchor).status).toBe('orphaned')
    expect(reanchor(text.replace('sprach Kim lange', 'sprach Kin lange'), anchor).status).toBe('orphaned')
  })

  it('orphans an anchor with an empty quote', () => {
    const result = reanchor(article, { position: { start: 0, end: 0 }, quote: { exact: '', prefix: '', suffix: '' } })
    expect(result.status).toBe('orphaned')
  })
})

describe('reanchorAll', () => {
  it('returns the same results as mapping reanchor', () => {
    const text = corpus[4]!
    const anchors: Anchor[] = []
    for (let start = 0; start + 40 < text.length; start += 97) {
      const end = start + 5 + (start % 60)
      if (text.slice(start, end).trim() !== '') anchors.push(createAnchor(text, start, end))
    }
    anchors.push(anchors[0]!, anchors[1]!)
    const edited = 'Eilmeldung.\n\n' + text.slice(0, 900) + text.slice(1000).replace(/Putin/g, 'Wladimir Putin')
    expect(reanchorAll(edited, anchors)).toEqual(anchors.map((anchor) => reanchor(edited, anchor)))
  })

  it('handles 2,000 anchors on a 5 KB document (completion check, not timed)', () => {
    const text = corpus.find((t) => t.length >= 5000) ?? corpus.join('\n\n')
    const anchors: Anchor[] = []
    for (let i = 0; i < 2000; i++) {
      const start = (i * 7919) % (text.length - 200)
      const end = start + 8 + (i % 150)
      if (text.slice(start, end).trim() !== '') anchors.push(createAnchor(text, start, end))
    }
    const edited = text.slice(0, 1000) + 'Ein neuer Absatz.\n\n' + text.slice(1000, 3000) + text.slice(3100)
    const results = reanchorAll(edited, anchors)
    expect(results).toHaveLength(anchors.length)
    const counts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }
    for (const result of results) counts[result.status]++
    expect(counts.exact + counts.moved).toBeGreaterThan(anchors.length * 0.8)
  })
})
