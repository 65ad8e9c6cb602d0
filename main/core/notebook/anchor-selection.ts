import { contentHash } from '../corpus/load-document'
import type { Anchor } from './anchoring/anchor-types'
import { createAnchor } from './anchoring/create-anchor'
import type { DocumentSource } from './notebook-inputs'
import { NotebookInputError } from './notebook-errors'

/** Refuses an id the corpus does not have (with the message the UI and the CLI show). */
export function requireDocument(docs: Pick<DocumentSource, 'documentHash'>, docId: string): void {
  if (docs.documentHash(docId) === null) throw new NotebookInputError(`no document "${docId}" in this corpus`)
}

/**
 * Anchors a selection of a document's current text, without the white space at its
 * ends (a triple-click takes the line break along). With `expectedHash` (the text the
 * offsets were taken in), a document that changed since is refused: the offsets may
 * point at other words now.
 *
 * Returns the text, its hash and the anchor.
 *
 * @throws NotebookInputError for an unknown document, a changed text or a range that cannot be anchored.
 */
export async function anchorSelection(
  docs: DocumentSource,
  docId: string,
  start: number,
  end: number,
  expectedHash?: string,
): Promise<{ text: string; hash: string; anchor: Anchor }> {
  requireDocument(docs, docId)
  const text = await docs.getText(docId)
  // Hashed once here (a long text costs a few ms): the caller stores the same hash.
  const hash = contentHash(text)
  if (expectedHash !== undefined && hash !== expectedHash) {
    throw new NotebookInputError(`${docId} changed on disk since it was shown; it has been reloaded, select the passage again.`)
  }
  try {
    while (start < end && /\s/.test(text[start] ?? '')) start++
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--
    return { text, hash, anchor: createAnchor(text, start, end) }
  } catch (error) {
    throw new NotebookInputError(error instanceof Error ? error.message : String(error))
  }
}
