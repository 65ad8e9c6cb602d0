import { describe, expect, it } from 'vitest'
import { isTrustedSender } from './sender-check'

describe('isTrustedSender', () => {
  it('accepts the dev server origin only for the top frame', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: false }, 'http://localhost:5173')).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, 'http://localhost:5173')).toBe(false)
  })

  it('rejects garbage URLs', () => {
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true }, 'file:///a/index.html')).toBe(false)
  })
})
