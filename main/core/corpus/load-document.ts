import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { canonicalize } from './canonicalize'
import { BinaryFileError, decodeBytes, type DecodedText } from './decode-bytes'
import { extractMetadata } from './document-metadata'
import { fsErrorReason } from './fs-error-reason'
import { extractHtmlText } from './html-text'
import { DEFAULT_MAX_BYTES, formatSize, type CorpusFile, type DocumentKind } from './scan-corpus'

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
    this.name = 'DocumentReadError'
  }
}

/** Content hash of a canonical text: what highlights and the saved index compare. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * Reads, decodes and canonicalizes one corpus file, with its metadata. HTML is
 * reduced to its visible text; Markdown is kept as plain text. Size and mtime
 * come from after the read, so they describe the bytes actually read.
 * Throws `DocumentReadError` for binary, unreadable, vanished or too large files.
 */
export async function loadDocument(file: CorpusFile): Promise<LoadedDocument> {
  // A scan with a raised limit may have accepted a bigger file; honour that, but
  // still refuse a file that has since grown past both.
  const maxBytes = Math.max(DEFAULT_MAX_BYTES, file.size)
  let bytes: Buffer
  let info: Stats
  try {
    // The file may have grown since the scan; refuse before reading it whole.
    const before = await stat(file.absPath)
    if (before.size > maxBytes) throw tooLarge(before.size, maxBytes)
    bytes = await readFile(file.absPath)
    info = await stat(file.absPath)
  } catch (error) {
    if (error instanceof DocumentReadError) throw error
    throw new DocumentReadError(`could not be read (${fsErrorReason(error)})`)
  }
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes)
  let decoded: DecodedText
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
    size: bytes.length,
    mtimeMs: info.mtimeMs,
    ...meta,
  }
}

function tooLarge(size: number, maxBytes: number): DocumentReadError {
  return new DocumentReadError(`too large (${formatSize(size)}, limit ${formatSize(maxBytes)})`)
}
