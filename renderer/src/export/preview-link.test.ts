import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../preload/contract'
import { previewLink } from './preview-link'

describe('previewLink', () => {
  const docs = [{ id: 'dir/a (1).txt' } as DocumentSummary]

  it('opens an exzerpt:// passage of a document in the folder', () => {
    expect(previewLink('exzerpt://open?doc=dir%2Fa%20%281%29.txt&start=3&end=9&h=abc', docs)).toEqual({
      kind: 'reveal',
      target: { docId: 'dir/a (1).txt', range: { start: 3, end: 9 }, highlightId: 'abc' },
    })
    expect(previewLink('exzerpt://open?doc=dir%2Fa%20%281%29.txt', docs)).toEqual({ kind: 'reveal', target: { docId: 'dir/a (1).txt', range: null, highlightId: null } })
  })

  it('refuses a document that is not in the folder, opens web links outside, ignores the rest', () => {
    expect(previewLink('exzerpt://open?doc=x.txt&start=0&end=1', docs)).toMatchObject({ kind: 'refused' })
    expect(previewLink('https://example.org', docs)).toEqual({ kind: 'external', url: 'https://example.org' })
    expect(previewLink('file:///etc/passwd', docs)).toEqual({ kind: 'other' })
    expect(previewLink('exzerpt://open?doc=x.txt&start=5&end=1', docs)).toEqual({ kind: 'other' })
  })
})
