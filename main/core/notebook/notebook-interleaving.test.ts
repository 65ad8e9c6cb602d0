import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { contentHash } from '../corpus/load-document'
import { markdownToNote, noteToMarkdown } from './note/note-markdown'
import { Notebook } from './notebook'
import type { DocumentSource } from './notebook-inputs'

// Changes that arrive while the notebook waits for a document's text (re-anchoring,
// re-attaching, confirming) must not be overwritten by copies read before the wait.

const DOC = 'bericht.txt'
const SENTENCE = 'Die Regierung hat am Dienstag neue Sanktionen gegen mehrere Banken beschlossen.'
const TEXT = `Einleitung zum Thema.\n\n${SENTENCE}\n\nSchluss des Berichts.`

/** Document texts in memory; `hold()` makes the next text reads wait until released. */
class HeldTexts implements DocumentSource {
  readonly texts = new Map<string, string>([[DOC, TEXT]])
  #gate: Promise<void> | null = null
  #reads = 0

  documentHash(id: string): string | null {
    const text = this.texts.get(id)
    return text === undefined ? null : contentHash(text)
  }

  async getText(id: string): Promise<string> {
    this.#reads++
    await this.#gate
    const text = this.texts.get(id)
    if (text === undefined) throw new Error(`${id} is gone`)
    return text
  }

  get reads(): number {
    return this.#reads
  }

  /** Holds text reads until the returned function is called. */
  hold(): () => void {
    let release = () => {}
    this.#gate = new Promise((resolve) => (release = resolve))
    return () => {
      this.#gate = null
      release()
    }
  }
}

let dir: string
let texts: HeldTexts

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-interleave-'))
  texts = new HeldTexts()
})

/** Waits until the notebook has asked for a text `n` times in all. */
async function readsReach(n: number): Promise<void> {
  for (let i = 0; i < 200 && texts.reads < n; i++) await new Promise((r) => setTimeout(r, 5))
  expect(texts.reads).toBeGreaterThanOrEqual(n)
}

async function withNotebook<T>(run: (nb: Notebook) => Promise<T>): Promise<T> {
  const nb = await Notebook.open(dir, texts)
  try {
    return await run(nb)
  } finally {
    await nb.close()
  }
}

describe('changes made while the notebook waits for a text', () => {
  it('re-anchoring keeps a note written while it read the changed document, and moves the highlight', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      texts.texts.set(DOC, `Ein neuer erster Absatz.\n\n${TEXT}`)
      const release = texts.hold()
      const reads = texts.reads
      const anchoring = nb.ensureAnchored(DOC)
      await readsReach(reads + 1)
      await nb.updateHighlight(h.id, { note: markdownToNote('während des Lesens geschrieben') })
      release()
      await anchoring
      const after = nb.getHighlight(h.id)!
      expect(noteToMarkdown(after.note as never)).toBe('während des Lesens geschrieben')
      expect(after.status).toBe('moved')
      expect(texts.texts.get(DOC)!.slice(after.position.start, after.position.end)).toBe('neue Sanktionen')
    })
  })

  it('re-anchoring does not bring back a highlight deleted while it read the document', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      texts.texts.set(DOC, `Vorweg.\n\n${TEXT}`)
      const release = texts.hold()
      const reads = texts.reads
      const anchoring = nb.ensureAnchored(DOC)
      await readsReach(reads + 1)
      await nb.deleteHighlight(h.id)
      release()
      await anchoring
      expect(nb.getHighlight(h.id)).toBeUndefined()
    })
    await withNotebook(async (nb) => expect(nb.highlights).toHaveLength(0))
  })

  it('re-attaching keeps the note written while it read the document', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      const release = texts.hold()
      const reads = texts.reads
      const start = TEXT.indexOf('Schluss')
      const attaching = nb.reattach(h.id, DOC, start, start + 'Schluss'.length)
      await readsReach(reads + 1)
      await nb.updateHighlight(h.id, { note: markdownToNote('bleibt'), color: 'green' })
      release()
      const after = await attaching
      expect(after.quote.exact).toBe('Schluss')
      expect(after.color).toBe('green')
      expect(noteToMarkdown(after.note as never)).toBe('bleibt')
    })
  })

  it('re-anchoring runs one at a time: a second call waits for the first and finds nothing left to do', async () => {
    await withNotebook(async (nb) => {
      await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      texts.texts.set(DOC, `Oben.\n\n${TEXT}`)
      const revision = nb.revision
      const release = texts.hold()
      const reads = texts.reads
      const runs = [nb.ensureAnchored(DOC), nb.ensureAnchored(DOC), nb.ensureAnchored()]
      await readsReach(reads + 1)
      await new Promise((r) => setTimeout(r, 50))
      // Without the queue, each call would be reading the text by now.
      expect(texts.reads).toBe(reads + 1)
      release()
      await Promise.all(runs)
      expect(texts.reads).toBe(reads + 1)
      expect(nb.revision).toBe(revision + 1)
    })
  })
})

describe('confirming and rejecting a changed passage', () => {
  const edited = TEXT.replace('neue Sanktionen gegen mehrere Banken', 'neue Sanktionen gegen einige Banken')

  it('refuses to confirm a passage when the document changed again since it was proposed', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen gegen mehrere Banken beschlossen')
      texts.texts.set(DOC, edited)
      await nb.ensureAnchored(DOC)
      expect(nb.getHighlight(h.id)!.status).toBe('fuzzy')
      // The proposal's offsets now point at other words.
      texts.texts.set(DOC, `Ganz neuer Anfang des Textes hier.\n\n${edited}`)
      await expect(nb.confirmFuzzy(h.id)).rejects.toThrow(/changed since this passage was proposed/)
      await nb.ensureAnchored(DOC)
      const again = nb.getHighlight(h.id)!
      expect(again.status).toBe('fuzzy')
      expect(texts.texts.get(DOC)!.slice(again.fuzzy!.start, again.fuzzy!.end)).toBe(again.fuzzy!.exact)
      const confirmed = await nb.confirmFuzzy(h.id)
      expect(confirmed.status).toBe('exact')
      expect(confirmed.quote.exact).toBe('neue Sanktionen gegen einige Banken beschlossen')
    })
  })

  it('remembers a rejected proposal across a reopen, and looks again once the document changes', async () => {
    const id = await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen gegen mehrere Banken beschlossen')
      texts.texts.set(DOC, edited)
      await nb.ensureAnchored(DOC)
      await nb.rejectFuzzy(h.id)
      return h.id
    })
    await withNotebook(async (nb) => {
      expect(nb.getHighlight(id)!.status).toBe('orphaned')
      expect(nb.getHighlight(id)!.fuzzy).toBeUndefined()
    })
    texts.texts.set(DOC, TEXT)
    await withNotebook(async (nb) => {
      const back = nb.getHighlight(id)!
      expect(back.status).toBe('exact')
      expect(back.rejectedHash).toBeUndefined()
    })
  })
})

describe('re-attaching and rejecting against a changed text', () => {
  it('refuses to re-attach with offsets taken in an older text', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      const start = TEXT.indexOf('Schluss')
      texts.texts.set(DOC, `Vorspann.\n\n${TEXT}`)
      await expect(nb.reattach(h.id, DOC, start, start + 7, contentHash(TEXT))).rejects.toThrow(/changed on disk/)
      expect(nb.getHighlight(h.id)!.quote.exact).toBe('neue Sanktionen')
    })
  })

  it('rejects a proposal only while its words are still where it said, and remembers the text it was rejected in', async () => {
    await withNotebook(async (nb) => {
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen gegen mehrere Banken beschlossen')
      const edited = TEXT.replace('mehrere Banken', 'einige Banken')
      texts.texts.set(DOC, edited)
      await nb.ensureAnchored(DOC)
      texts.texts.set(DOC, `Neu davor.\n\n${edited}`)
      await expect(nb.rejectFuzzy(h.id)).rejects.toThrow(/changed since this passage was proposed/)
      await nb.ensureAnchored(DOC)
      const rejected = await nb.rejectFuzzy(h.id)
      expect(rejected.rejectedHash).toBe(contentHash(texts.texts.get(DOC)!))
    })
  })
})

describe('changes the store refuses', () => {
  it('are neither undoable nor counted as a change', async () => {
    await withNotebook(async (nb) => {
      await nb.createTag({ name: 'Vorher' })
      const revision = nb.revision
      const label = nb.undoLabel
      const broken = { id: 'x', name: 42 } as never
      await expect(nb.putRecords({ tags: [broken] }, 'Import')).rejects.toThrow()
      expect(nb.revision).toBe(revision)
      expect(nb.undoLabel).toBe(label)
    })
  })
})

describe('highlights made on a text that changed', () => {
  it('refuses offsets taken in an older version of the document', async () => {
    await withNotebook(async (nb) => {
      const start = TEXT.indexOf('Sanktionen')
      const oldHash = contentHash(TEXT)
      texts.texts.set(DOC, `Vorspann.\n\n${TEXT}`)
      await expect(nb.addHighlight({ docId: DOC, start, end: start + 10, docHash: oldHash })).rejects.toThrow(/changed on disk/)
      expect(nb.highlights).toHaveLength(0)
      const fresh = texts.texts.get(DOC)!
      const at = fresh.indexOf('Sanktionen')
      const h = await nb.addHighlight({ docId: DOC, start: at, end: at + 10, docHash: contentHash(fresh) })
      expect(h.quote.exact).toBe('Sanktionen')
    })
  })
})

describe('undo after writing a note', () => {
  it('does not undo the creation of a highlight whose note was written since', async () => {
    await withNotebook(async (nb) => {
      await nb.createTag({ name: 'Davor' })
      const h = await nb.addHighlightByQuote(DOC, 'neue Sanktionen')
      expect(nb.undoLabel).toBe('Highlight created')
      await nb.updateHighlight(h.id, { note: markdownToNote('wichtig') })
      expect(nb.undoLabel).toBe('Tag “Davor” created')
      await nb.undo()
      expect(nb.getHighlight(h.id)).toBeDefined()
      expect(noteToMarkdown(nb.getHighlight(h.id)!.note as never)).toBe('wichtig')
    })
  })
})
