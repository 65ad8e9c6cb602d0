import type { JSONContent } from '@tiptap/core'
import { MarkdownManager } from '@tiptap/markdown'
import { noteExtensions } from './note-extensions'

let manager: MarkdownManager | null = null

// One manager for the process: building the extension registry is the costly part.
function markdown(): MarkdownManager {
  manager ??= new MarkdownManager({ extensions: noteExtensions() })
  return manager
}

/** Converts a note (tiptap JSON) to CommonMark with tiptap's own serializer. */
export function noteToMarkdown(note: JSONContent | null | undefined): string {
  if (!note) return ''
  return markdown().serialize(note).trim()
}

/** Parses Markdown (the CLI's `--note`, an import) into a tiptap JSON note. */
export function markdownToNote(text: string): JSONContent {
  return markdown().parse(text)
}
