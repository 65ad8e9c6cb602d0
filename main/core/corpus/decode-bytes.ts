import chardet from 'chardet'
import iconv from 'iconv-lite'

export interface DecodedText {
  text: string
  /** Encoding the bytes were decoded from: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-15`. */
  encoding: string
}

/** A file that is not text (it has NUL bytes): listed as skipped, never shown as garbage. */
export class BinaryFileError extends Error {
  constructor(message = 'binary file (contains NUL bytes)') {
    super(message)
    this.name = 'BinaryFileError'
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes a file's bytes: BOMs first (UTF-8, UTF-16 LE/BE), then strict UTF-8,
 * then a legacy single-byte encoding picked by chardet. Windows-1252 is the
 * default there: it is what German legacy files almost always are, and it is a
 * superset of Latin-1's printable characters („ “ – € live in 0x80–0x9F, where
 * Latin-1 has only control codes). iconv-lite does the decoding because Node
 * 20's TextDecoder maps 0x80–0x9F wrongly for windows-1252.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' }
  }
  if (bytes.includes(0)) throw new BinaryFileError()
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' }
  } catch {
    const encoding = legacyEncoding(bytes)
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding }
  }
}

function decodeUtf8Lenient(bytes: Uint8Array): string {
  // A BOM promises UTF-8; a stray bad byte after it becomes U+FFFD rather than losing the file.
  return new TextDecoder('utf-8').decode(bytes)
}

function legacyEncoding(bytes: Uint8Array): string {
  // Bytes 0x80–0x9F are printable only in windows-1252 („ “ – € …); in the ISO
  // encodings they are control codes no real text contains, so they settle it.
  if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) return 'windows-1252'
  const guess = chardet.detect(bytes)?.toLowerCase() ?? ''
  if (guess === 'iso-8859-15') return 'iso-8859-15'
  // chardet reports ISO-8859-15 text as ISO-8859-1. They differ in eight letters;
  // the telling one is 0xA4: "€" in ISO-8859-15, the almost unused "¤" in Latin-1.
  // Without 0x80–0x9F bytes, windows-1252 reads 0xA4 as "¤" too, so this holds whatever chardet guessed.
  if (bytes.includes(0xa4)) return 'iso-8859-15'
  // ISO-8859-1 and any other guess: windows-1252 decodes every printable Latin-1
  // character identically, so it is the safe default.
  return 'windows-1252'
}
