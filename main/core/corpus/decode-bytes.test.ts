import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { canonicalize } from './canonicalize'
import { BinaryFileError, decodeBytes } from './decode-bytes'

const GERMAN = 'Größere Präsenz: „Munition“ – 5 € für Übergrößen, sagte Jürgen'

/** Writes bytes to a real file and reads them back, as the scanner would. */
async function roundTrip(bytes: Uint8Array): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-decode-'))
  const file = path.join(dir, 'f.txt')
  await writeFile(file, bytes)
  return readFile(file)
}

describe('decodeBytes', () => {
  it('decodes Windows-1252 including the 0x80–0x9F range („ “ – €)', async () => {
    const bytes = await roundTrip(iconv.encode(GERMAN, 'windows-1252'))
    expect(bytes.includes(0x84)).toBe(true) // „ really is in the C1 range
    expect(decodeBytes(bytes)).toEqual({ text: GERMAN, encoding: 'windows-1252' })
  })

  it('decodes Latin-1 umlauts', async () => {
    const text = 'Über die Brücke ging Jörg, ß und ä inklusive. '.repeat(4)
    const decoded = decodeBytes(await roundTrip(iconv.encode(text, 'latin1')))
    expect(decoded.text).toBe(text)
    expect(['windows-1252', 'iso-8859-15']).toContain(decoded.encoding)
  })

  it('decodes UTF-16 LE and BE with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(GERMAN, 'utf-16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(GERMAN, 'utf-16be')])
    expect(decodeBytes(await roundTrip(le))).toEqual({ text: GERMAN, encoding: 'utf-16le' })
    expect(decodeBytes(await roundTrip(be))).toEqual({ text: GERMAN, encoding: 'utf-16be' })
  })

  it('strips a UTF-8 BOM and reads UTF-8 without one', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN, 'utf8')])
    expect(decodeBytes(await roundTrip(withBom))).toEqual({ text: GERMAN, encoding: 'utf-8' })
    expect(decodeBytes(await roundTrip(Buffer.from(GERMAN, 'utf8')))).toEqual({ text: GERMAN, encoding: 'utf-8' })
  })

  it('refuses binary files (NUL bytes)', async () => {
    expect(() => decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(BinaryFileError)
  })

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })
})

describe('canonicalize', () => {
  it('normalizes NFD to NFC, CRLF and CR to LF, and drops a BOM', () => {
    const nfd = 'Pjo\u0308ngjang'
    expect(nfd).not.toBe('Pjöngjang')
    expect(canonicalize(`\ufeff${nfd}\r\nzweite\rdritte\n`)).toBe('Pjöngjang\nzweite\ndritte\n')
  })

  it('is idempotent', () => {
    const once = canonicalize('A\r\nb\u0308')
    expect(canonicalize(once)).toBe(once)
  })
})
