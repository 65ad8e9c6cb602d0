import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { canonicalize } from './canonicalize'
import { BinaryFileError, decodeBytes } from './decode-bytes'
import { extractMetadata } from './document-metadata'
import { fsErrorReason } from './fs-error-reason'
import { extractHtmlText } from './html-text'
import type { CorpusFile, DocumentKind } from './scan-corpus'

export interface LoadedDocument {
  id: string
  kind: DocumentKind
  /** Canonical text: NFC, LF, no BOM. */
  text: string
  encoding: string
  /** sha256 (hex) of the canonical text. */
  hash: string
  size: number
  mtimeMs: number
  title: string
  date: string | null
  chars: number
  words: number
}

/** A document could not be read; `reason` says why in plain words (shown under Problems). */
export class DocumentReadError extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

/** Content hash of a canonical text: what highlights and the saved index compare. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * Reads, decodes and canonicalizes one corpus file, with its metadata.
 * Throws `DocumentReadError` for binary, unreadable or vanished files.
 */
export async function loadDocument(file: CorpusFile): Promise<LoadedDocument> {
  let bytes: Buffer
  let info
  try {
    bytes = await readFile(file.absPath)
    info = await stat(file.absPath)
  } catch (error) {
    throw new DocumentReadError(`could not be read (${fsErrorReason(error)})`)
  }
  let decoded
  try {
    decoded = decodeBytes(bytes)
  } catch (error) {
    if (error instanceof BinaryFileError) throw new DocumentReadError(error.message)
    throw error
  }
  let text: string
  let htmlTitle: string | null = null
  if (file.kind === 'html') {
    const extracted = extractHtmlText(decoded.text)
    text = canonicalize(extracted.text)
    htmlTitle = extracted.title ? canonicalize(extracted.title) : null
  } else {
    text = canonicalize(decoded.text)
  }
  const meta = extractMetadata(text, htmlTitle)
  return {
    id: file.id,
    kind: file.kind,
    text,
    encoding: decoded.encoding,
    hash: contentHash(text),
    // The bytes read, not the scan's stat: the file may have changed in between.
    size: bytes.length,
    mtimeMs: info.mtimeMs,
    ...meta,
  }
}
