import { describe, expect, it } from 'vitest'
import { completeLink } from './open-link'

describe('completeLink', () => {
  it('adds https:// to bare addresses and keeps full ones', () => {
    expect(completeLink(' zeit.de/artikel ')).toBe('https://zeit.de/artikel')
    expect(completeLink('localhost:8080/x')).toBe('https://localhost:8080/x')
    expect(completeLink('https://example.org')).toBe('https://example.org')
    expect(completeLink('mailto:a@b.de')).toBe('mailto:a@b.de')
    expect(completeLink('redaktion@zeit.de')).toBe('mailto:redaktion@zeit.de')
    expect(completeLink('   ')).toBe('')
  })
})
