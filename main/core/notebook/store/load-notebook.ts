import { SCHEMA_VERSION } from '../notebook-schema'
import type { Highlight, Memo, Tag } from '../notebook-schema'
import { readJournal } from './journal-file'
import type { JournalContents } from './journal-file'
import { migrateNotebook, NOTEBOOK_MIGRATIONS } from './migrate-notebook'
import type { MigrationStep } from './migrate-notebook'
import { NotebookCorruptError, NotebookTooNewError } from './notebook-errors'
import { OP_KINDS } from './notebook-ops'
import type { JournalEntry } from './notebook-ops'
import { SnapshotAdapter } from './snapshot-adapter'
import { COLLECTIONS, isPlainObject } from './validate-notebook'
import type { CollectionName } from './validate-notebook'

/** A notebook's state in memory: each collection as a Map by id, in file order. */
export interface NotebookMaps {
  highlights: Map<string, Highlight>
  tags: Map<string, Tag>
  memos: Map<string, Memo>
}

/** Result of reading a snapshot (and its journal). */
export interface LoadedNotebook {
  maps: NotebookMaps
  /** Highest seq in the snapshot or the journal; new appends continue after it. */
  lastSeq: number
  /** Format the file was in before migration. */
  fromVersion: number
  migrated: boolean
}

const NAMES: readonly CollectionName[] = ['highlights', 'tags', 'memos']
const SINGULAR: Record<CollectionName, string> = { highlights: 'highlight', tags: 'tag', memos: 'memo' }

/**
 * Reads `notebook.json` and replays `notebook.journal` onto it. Returns `null`
 * when neither exists (a new notebook). A journal without its snapshot means
 * the snapshot went missing, which is treated as damage rather than "empty".
 * Nothing is written here; the journal's torn tail (if any) is reported in `journal`.
 */
export async function loadNotebookFiles(
  file: string,
  journalFile: string,
  migrations: Readonly<Record<number, MigrationStep>> = NOTEBOOK_MIGRATIONS,
): Promise<{ loaded: LoadedNotebook | null; journal: JournalContents }> {
  const raw = await new SnapshotAdapter(file).read()
  const journal = await readJournal(journalFile)
  if (raw === null) {
    if (journal.entries.length) throw new NotebookCorruptError(file, 'the file is missing, but its journal is not')
    return { loaded: null, journal }
  }
  return { loaded: buildNotebook(raw as unknown as Record<string, unknown>, file, journal.entries, migrations), journal }
}

/**
 * Checks a parsed snapshot, replays journal entries newer than its `journalSeq`,
 * migrates it to the current format and checks every record. Throws
 * {@link NotebookTooNewError} or {@link NotebookCorruptError}; never writes.
 */
export function buildNotebook(
  raw: Record<string, unknown>,
  file: string,
  entries: readonly JournalEntry[],
  migrations: Readonly<Record<number, MigrationStep>> = NOTEBOOK_MIGRATIONS,
): LoadedNotebook {
  const version = raw['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new NotebookCorruptError(file, '"schemaVersion" is missing or not a whole number')
  }
  if (version > SCHEMA_VERSION) throw new NotebookTooNewError(file, version, SCHEMA_VERSION)
  const journalSeq = raw['journalSeq'] ?? 0
  if (typeof journalSeq !== 'number' || !Number.isInteger(journalSeq) || journalSeq < 0) {
    throw new NotebookCorruptError(file, '"journalSeq" is not a whole number')
  }

  // Replay works on raw records so an old-format journal is replayed before migrating.
  let maps = toMaps(raw, file, version < SCHEMA_VERSION)
  let lastSeq = journalSeq
  for (const entry of entries) {
    lastSeq = Math.max(lastSeq, entry.seq)
    if (entry.seq <= journalSeq) continue
    for (const op of entry.ops) {
      const kind = OP_KINDS[op.op]
      const map = maps[kind.collection] as Map<string, unknown>
      if (kind.put) {
        const value = (op as { value: { id: string } }).value
        map.set(value.id, value)
      } else map.delete((op as { id: string }).id)
    }
  }

  let migrated = false
  if (version < SCHEMA_VERSION) {
    const merged: Record<string, unknown> = { ...raw, schemaVersion: version }
    for (const name of NAMES) merged[name] = [...maps[name].values()]
    delete merged['journalSeq']
    let result
    try {
      result = migrateNotebook(merged, migrations)
    } catch (error) {
      throw new NotebookCorruptError(file, `it could not be upgraded from format ${version}: ${(error as Error).message}`, { cause: error })
    }
    migrated = result.migrated
    maps = toMaps(result.data, file, false)
  }

  for (const name of NAMES) {
    const check = COLLECTIONS[name]
    let index = 0
    for (const record of maps[name].values()) {
      const problem = check(record)
      if (problem) throw new NotebookCorruptError(file, `${SINGULAR[name]} ${index + 1} (id ${JSON.stringify((record as { id?: unknown }).id)}): ${problem}`)
      index++
    }
  }
  return { maps, lastSeq, fromVersion: version, migrated }
}

function toMaps(raw: Record<string, unknown>, file: string, allowMissing: boolean): NotebookMaps {
  const maps = { highlights: new Map(), tags: new Map(), memos: new Map() } as NotebookMaps
  for (const name of NAMES) {
    const list = raw[name] ?? (allowMissing ? [] : undefined)
    if (!Array.isArray(list)) throw new NotebookCorruptError(file, `"${name}" is missing or not a list`)
    const map = maps[name] as Map<string, unknown>
    for (let i = 0; i < list.length; i++) {
      const record: unknown = list[i]
      if (!isPlainObject(record) || typeof record['id'] !== 'string') {
        throw new NotebookCorruptError(file, `${SINGULAR[name]} ${i + 1} has no "id"`)
      }
      map.set(record['id'], record)
    }
  }
  return maps
}
