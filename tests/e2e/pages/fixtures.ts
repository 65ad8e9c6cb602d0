import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { afterEach } from 'vitest'
import { launchApp, outputDir, tempCorpus, type LaunchOptions, type RunningApp } from '../launch-app'
import { waitForCorpus } from './app-page'
import { openDocument } from './reader-page'

/** The sample corpus's documents and passages the specs work with. */
export const DOCUMENTS = 5
export const TITLE = 'Pjöngjang: Russland und Nordkorea'
export const FILE = '001_9c5a38ccf7a2ab37.txt'
export const PASSAGE = 'Kim hatte Putin persönlich am Flughafen von Pjöngjang empfangen.'
export const SECOND = 'Zudem lud der russische Präsident den Angaben nach Kim zu einem Besuch nach Moskau ein.'
export const THIRD = 'Die staatliche Nachrichtenagentur KCNA'
/** Another document, and a passage far down in it. */
export const OTHER_TITLE = '„Wir werden den Imperialismus'
export const FAR_PASSAGE = 'Pjöngjang scheiterte letzten Monat beim zweiten Versuch'

export interface StartOptions extends Partial<LaunchOptions> {
  /** The document to open once the corpus is in (by the start of its title); null opens none. Default: TITLE. */
  open?: string | null
  /** How many documents to wait for. */
  documents?: number
}

export interface AppFixture {
  /** Launches on a fresh copy of the corpus (or `corpusDir`/`dataDir`), waits for the corpus and opens a document. */
  start(options?: StartOptions): Promise<RunningApp>
  /** The running app (throws when none). */
  readonly app: RunningApp
  /** Closes the app now (the notebook is released, e.g. to edit files on disk). */
  close(): Promise<void>
  /** A screenshot into test-output/. */
  shoot(name: string): Promise<void>
}

/** One app per test, closed after each (a spec calls this once at its top). */
export function appFixture(): AppFixture {
  let running: RunningApp | null = null
  const close = async () => {
    const app = running
    running = null
    await app?.close()
  }
  afterEach(close)
  return {
    async start(options = {}) {
      const { open = TITLE, documents = DOCUMENTS, ...launch } = options
      const dirs = launch.corpusDir && launch.dataDir ? { corpusDir: launch.corpusDir, dataDir: launch.dataDir } : await tempCorpus()
      running = await launchApp({ ...launch, ...dirs })
      if (documents > 0) await waitForCorpus(running.page, documents)
      if (open !== null) await openDocument(running.page, open)
      return running
    },
    get app() {
      if (!running) throw new Error('No app is running: call start() first.')
      return running
    },
    close,
    async shoot(name) {
      if (!running) return
      await mkdir(outputDir, { recursive: true })
      await running.page.screenshot({ path: path.join(outputDir, `${name}.png`) })
    },
  }
}
