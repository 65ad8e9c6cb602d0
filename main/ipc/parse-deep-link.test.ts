import { describe, expect, it } from 'vitest'
import { deepLinkInArgv, parseDeepLink } from './parse-deep-link'

describe('parseDeepLink', () => {
  it('reads the document id (URL-encoded) and the range', () => {
    expect(parseDeepLink('exzerpt://open?doc=sub%2F001%20x%C3%A4.txt&start=10&end=36')).toEqual({ docId: 'sub/001 xä.txt', start: 10, end: 36 })
    expect(parseDeepLink('exzerpt:open?doc=a.txt&start=0&end=1&h=abc')).toEqual({ docId: 'a.txt', start: 0, end: 1 })
  })

  it('refuses other schemes, actions and bad ranges', () => {
    for (const url of [
      'https://open?doc=a.txt&start=0&end=1',
      'exzerpt://delete?doc=a.txt&start=0&end=1',
      'exzerpt://open?doc=a.txt&start=5&end=5',
      'exzerpt://open?doc=a.txt&start=-1&end=5',
      'exzerpt://open?doc=a.txt&start=1.5&end=5',
      'exzerpt://open?start=0&end=5',
      'exzerpt://open?doc=a.txt&start=x&end=5',
      'not a url',
    ]) {
      expect(parseDeepLink(url), url).toBeNull()
    }
  })

  it('finds a link among command-line arguments', () => {
    expect(deepLinkInArgv(['/usr/bin/exzerpt', '--flag', 'exzerpt://open?doc=a&start=0&end=1'])).toBe('exzerpt://open?doc=a&start=0&end=1')
    expect(deepLinkInArgv(['/usr/bin/exzerpt'])).toBeNull()
  })
})
