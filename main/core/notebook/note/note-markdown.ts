import { flattenExtensions, type AnyExtension, type JSONContent } from '@tiptap/core'
import { MarkdownManager } from '@tiptap/markdown'
import { noteExtensions } from './note-extensions'

let manager: MarkdownManager | null = null

// One manager for the process: building the extension registry is the costly part
// (and each manager registers its tokenizers on marked's shared instance).
function markdown(): MarkdownManager {
  manager ??= new MarkdownManager({ extensions: markdownExtensions() })
  return manager
}

/**
 * The note schema's extensions with one fix to how they write Markdown: tiptap
 * fences a code block with ``` whatever it holds, so a block containing ``` would
 * end early and the rest of the note would turn into Markdown. The fence is made
 * one backtick longer than the longest run inside (CommonMark's rule). The schema
 * itself is unchanged, so the editor and this serializer still agree.
 */
function markdownExtensions(): AnyExtension[] {
  return (
    flattenExtensions(noteExtensions())
      // The bundle (StarterKit) is dropped once unpacked, or the manager would unpack it again, original code block included.
      .filter((extension) => !flattenExtensions([extension]).some((inner) => inner !== extension && inner.name === 'codeBlock'))
      .map((extension) => (extension.name === 'codeBlock' ? extension.extend({ renderMarkdown: renderCodeBlock }) : extension))
  )
}

function renderCodeBlock(node: JSONContent): string {
  const text = (node.content ?? []).map((child) => child.text ?? '').join('')
  const language = typeof node.attrs?.['language'] === 'string' ? node.attrs['language'] : ''
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
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
