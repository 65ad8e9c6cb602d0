import { describe, expect, it } from 'vitest'
import { citationLine } from './citation'
import { deepLink, deepLinkInArgv, parseDeepLink } from './deep-link'
import { obsidianTag, readTags } from './obsidian-tag'
import { structureOf } from './test-support'

describe('deep links', () => {
  it('URL-encodes the document id and reads back what it wrote; the app opens the same passage', () => {
    const link = { docId: 'Ordner/Bericht (2024) ä&b.txt', start: 10, end: 36, highlightId: 'h-1' }
    const url = deepLink(link)
    expect(url).toBe('exzerpt://open?doc=Ordner%2FBericht%20%282024%29%20%C3%A4%26b.txt&start=10&end=36&h=h-1')
    expect(parseDeepLink(url)).toEqual(link)
    expect(parseDeepLink(deepLink({ docId: 'a.txt' }))).toEqual({ docId: 'a.txt' })
    expect(parseDeepLink('https://open?doc=a')).toBeNull()
    expect(parseDeepLink('exzerpt://open?doc=a&start=5&end=2')).toBeNull()
  })

  it('refuses links from outside that are not ours or are malformed', () => {
    for (const url of [
      'exzerpt://delete?doc=a.txt&start=0&end=1',
      'exzerpt://open?doc=a.txt&start=5&end=5',
      'exzerpt://open?doc=a.txt&start=-1&end=5',
      'exzerpt://open?doc=a.txt&start=1.5&end=5',
      'exzerpt://open?doc=a.txt&start=x&end=5',
      'exzerpt://open?doc=a%00.txt',
      'exzerpt://open?start=0&end=5',
      'not a url',
    ]) {
      expect(parseDeepLink(url), url).toBeNull()
    }
    expect(parseDeepLink('exzerpt:open?doc=a.txt&start=0&end=1')).toEqual({ docId: 'a.txt', start: 0, end: 1 })
  })

  it('finds a link among command-line arguments', () => {
    expect(deepLinkInArgv(['/usr/bin/exzerpt', '--flag', 'exzerpt://open?doc=a&start=0&end=1'])).toBe('exzerpt://open?doc=a&start=0&end=1')
    expect(deepLinkInArgv(['/usr/bin/exzerpt'])).toBeNull()
  })
})

describe('citationLine', () => {
  it('names title, date, file, paragraph and range, links the passage and lists the tags', () => {
    const line = citationLine({
      title: '„Verzweifelt“: *Putins* [Kehrtwende]',
      date: '2024-06-19',
      file: 'a`b.txt',
      place: { kind: 'passage', paragraphs: [3, 4], start: 75, end: 201, changed: false },
      link: deepLink({ docId: 'a`b.txt', start: 75, end: 201 }),
      tags: ['#Akteure/Russland', '#Naher-Osten'],
    })
    expect(line).toBe('— *„Verzweifelt“: \\*Putins\\* \\[Kehrtwende\\]*, 2024-06-19, ``a`b.txt``, ¶ 3–4, chars 75–201 · [open in Exzerpt](exzerpt://open?doc=a%60b.txt&start=75&end=201) · #Akteure/Russland #Naher-Osten')
    const s = structureOf(line)
    expect([...s.types]).toEqual(expect.arrayContaining(['em_open', 'code_inline', 'link_open']))
    expect(s.links).toEqual(['exzerpt://open?doc=a%60b.txt&start=75&end=201'])
    expect(s.html).toContain('<em>„Verzweifelt“: *Putins* [Kehrtwende]</em>')
  })

  it('says when the passage was not found or the document is gone', () => {
    const base = { title: 'T', date: null, file: 'f.txt', link: 'exzerpt://open?doc=f.txt', tags: [] }
    expect(citationLine({ ...base, place: { kind: 'not-found' } })).toBe('— *T*, `f.txt`, passage not found in the current text · [open in Exzerpt](exzerpt://open?doc=f.txt)')
    expect(citationLine({ ...base, place: { kind: 'document-gone' } })).toContain('document no longer in the corpus')
    expect(citationLine({ ...base, place: { kind: 'passage', paragraphs: [2, 2], start: 1, end: 5, changed: true } })).toContain('¶ 2, chars 1–5 (text changed, awaiting review)')
  })
})

describe('obsidianTag', () => {
  it('writes tag names as Obsidian tags: spaces and punctuation become hyphens, levels stay', () => {
    expect(obsidianTag('Akteure/Russland')).toBe('#Akteure/Russland')
    expect(obsidianTag('Naher Osten')).toBe('#Naher-Osten')
    expect(obsidianTag('Akteure (EU)/Rat der EU')).toBe('#Akteure-EU/Rat-der-EU')
    expect(obsidianTag('snake_case & *Stern*')).toBe('#snake-case-Stern')
    expect(readTags(' · #Akteure/Russland #Naher-Osten kein#tag #')).toEqual(['#Akteure/Russland', '#Naher-Osten'])
  })

  it('is plain text in a CommonMark renderer', () => {
    for (const name of ['Naher Osten', '_a_', '*x*', 'a/b c/d', 'Ä/ö ü']) {
      const s = structureOf(`x · ${obsidianTag(name)}`)
      expect([...s.types].filter((t) => t !== 'paragraph_open' && t !== 'paragraph_close' && t !== 'inline' && t !== 'text')).toEqual([])
    }
  })
})
