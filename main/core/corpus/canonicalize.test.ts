import { describe, expect, it } from 'vitest'
import { canonicalize } from './canonicalize'

describe('canonicalize', () => {
  it('composes NFD into NFC', () => {
    const nfd = 'Pjo\u0308ngjang, Gru\u0308\u00dfe'
    expect(nfd).not.toBe('Pjöngjang, Grüße')
    expect(canonicalize(nfd)).toBe('Pjöngjang, Grüße')
  })

  it('turns CRLF and lone CR into LF, and drops a leading BOM only', () => {
    expect(canonicalize('\ufeffeins\r\nzwei\rdrei\n\r\n')).toBe('eins\nzwei\ndrei\n\n')
    expect(canonicalize('a\ufeffb')).toBe('a\ufeffb')
  })

  it('is deterministic and idempotent', () => {
    const once = canonicalize('A\r\nb\u0308\r')
    expect(once).toBe('A\nb̈\n'.normalize('NFC'))
    expect(canonicalize(once)).toBe(once)
  })
})
