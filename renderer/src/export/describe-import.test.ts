import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../preload/contract'
import { baseName, describeImport } from './describe-import'

describe('describeImport', () => {
  const none = { created: 0, updated: 0, skipped: 0 }
  const report: ImportReport = { created: 5, updated: 1, skipped: 2, orphaned: 1, tags: { ...none, created: 2 }, memos: { ...none, skipped: 1 }, warnings: ['w'] }

  it('reports every kind of change in words', () => {
    expect(describeImport('/home/a/Bericht.md', report)).toEqual({
      title: 'Imported Bericht.md',
      lines: [
        '5 highlights created, 1 updated and 2 already there.',
        '1 passage not found in the current text (listed under Lost passages).',
        'Tags: 2 created.',
        'Memos: 1 already there.',
      ],
      warnings: ['w'],
      changed: true,
    })
  })

  it('says when nothing changed, and that there is nothing to undo', () => {
    const summary = describeImport('C:\\Users\\a\\x.md', { ...report, created: 0, updated: 0, orphaned: 0, skipped: 1, tags: none, memos: none, warnings: [] })
    expect(summary.title).toBe('Imported x.md')
    expect(summary.lines).toEqual(['1 highlight already there.', 'Nothing changed: the notebook had all of it already.'])
    expect(summary.changed).toBe(false)
  })

  it('takes the name from either separator', () => {
    expect(baseName('a/b/c.md')).toBe('c.md')
    expect(baseName('c.md')).toBe('c.md')
  })
})
