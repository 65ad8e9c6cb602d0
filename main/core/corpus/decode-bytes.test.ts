import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
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

  it('decodes hand-written Windows-1252 bytes exactly (ä ö ü ß „ “ – €)', async () => {
    // "Grüße: „Bär“ – 5 € für Öl" byte by byte, so the test does not trust iconv's encoder.
    const bytes = [
      0x47, 0x72, 0xfc, 0xdf, 0x65, 0x3a, 0x20, 0x84, 0x42, 0xe4, 0x72, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80,
      0x20, 0x66, 0xfc, 0x72, 0x20, 0xd6, 0x6c, 0x20, 0xf6, 0x64,
    ]
    expect(decodeBytes(await roundTrip(Uint8Array.from(bytes)))).toEqual({
      text: 'Grüße: „Bär“ – 5 € für Öl öd',
      encoding: 'windows-1252',
    })
  })

  it('reads ISO-8859-15 when 0xA4 can only be the euro sign', async () => {
    const text = 'Der Preis beträgt 5 € pro Stück. '.repeat(3)
    expect(decodeBytes(await roundTrip(iconv.encode(text, 'iso-8859-15')))).toEqual({ text, encoding: 'iso-8859-15' })
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
    const zip = await roundTrip(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]))
    expect(() => decodeBytes(zip)).toThrow(BinaryFileError)
    expect(() => decodeBytes(zip)).toThrow('binary file (contains NUL bytes)')
  })

  it('reads an empty file as empty UTF-8 text', async () => {
    expect(decodeBytes(await roundTrip(new Uint8Array()))).toEqual({ text: '', encoding: 'utf-8' })
  })
})
