import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../fs/write-file-atomic'

/** App-wide preferences that outlive a corpus (kept in the app's user-data folder). */
export interface Settings {
  lastCorpus: string | null
}

const DEFAULTS: Settings = { lastCorpus: null }

/** Reads settings; a missing or damaged file gives the defaults (settings are never precious). */
export async function readSettings(file: string): Promise<Settings> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Settings>
    return { lastCorpus: typeof parsed.lastCorpus === 'string' ? parsed.lastCorpus : null }
  } catch {
    return { ...DEFAULTS }
  }
}

export async function writeSettings(file: string, settings: Settings): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, JSON.stringify(settings, null, 2))
}
