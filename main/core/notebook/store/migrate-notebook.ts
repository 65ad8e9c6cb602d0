import { SCHEMA_VERSION } from '../notebook-schema'

/**
 * One upgrade step: takes a notebook in format `from` and returns it in format
 * `from + 1` (setting `schemaVersion` is done by {@link migrateNotebook}).
 * Steps must keep the three id-keyed collections (`highlights`, `tags`, `memos`),
 * since journal replay relies on them being there in every format.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * Format 1 wrote a fuzzy re-anchor's new passage over the selectors. Format 2 keeps the
 * candidate in `fuzzy` beside them; for old records the selectors are all there is, so
 * they serve as both (the original text of such a passage is gone).
 */
function fuzzyCandidateBeside(data: Record<string, unknown>): Record<string, unknown> {
  const highlights = (data['highlights'] as Array<Record<string, unknown>>).map((h) => {
    if (h['status'] !== 'fuzzy' || h['fuzzy'] !== undefined) return h
    const position = h['position'] as { start: number; end: number } | undefined
    const quote = h['quote'] as { exact: string } | undefined
    if (!position || !quote) return h
    return { ...h, fuzzy: { start: position.start, end: position.end, exact: quote.exact, score: null } }
  })
  return { ...data, highlights }
}

/** Upgrade steps keyed by the version they upgrade from. */
export const NOTEBOOK_MIGRATIONS: Readonly<Record<number, MigrationStep>> = { 1: fuzzyCandidateBeside }

/** What {@link migrateNotebook} did. */
export interface MigrationResult {
  data: Record<string, unknown>
  fromVersion: number
  migrated: boolean
}

/**
 * Brings `data` (already known not to be newer than `target`) up to `target`
 * one step at a time. Throws when a step is missing, so a gap is a loud bug
 * rather than a silently half-upgraded file.
 */
export function migrateNotebook(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, MigrationStep>> = NOTEBOOK_MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const fromVersion = data['schemaVersion'] as number
  let current = data
  for (let version = fromVersion; version < target; version++) {
    const step = migrations[version]
    if (!step) throw new Error(`no migration from notebook format ${version} to ${version + 1}`)
    current = { ...step(current), schemaVersion: version + 1 }
  }
  return { data: current, fromVersion, migrated: fromVersion !== target }
}
