import { describe, expect, it } from 'vitest'
import { markdownToNote, noteToMarkdown } from './note-markdown'

describe('noteToMarkdown', () => {
  it('fences a code block longer than any run of backticks inside, so the block cannot end early', () => {
    const note = { type: 'doc', content: [{ type: 'codeBlock', attrs: { language: 'md' }, content: [{ type: 'text', text: '```\n# kein Titel\n```' }] }] }
    const markdown = noteToMarkdown(note)
    expect(markdown).toBe('````md\n```\n# kein Titel\n```\n````')
    expect(markdownToNote(markdown)).toEqual(note)
  })

  it('still writes lists, code and marks through the StarterKit extensions', () => {
    const markdown = '- Punkt\n  1. unter\n\n```\ncode\n```\n\n**fett** *kursiv* `x`'
    expect(noteToMarkdown(markdownToNote(markdown))).toBe(markdown)
  })
})
