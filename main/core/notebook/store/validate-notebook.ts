import type { Highlight, Memo, Tag } from '../notebook-schema'

// Hand-written checks rather than a schema library: they run over every record
// of a 100,000-highlight notebook at open and on every save, so they must be cheap.
// Unknown extra fields are allowed and kept, so a file stays readable within its version.

const STATUSES = new Set(['exact', 'moved', 'fuzzy', 'orphaned'])

type Obj = Record<string, unknown>

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function str(o: Obj, key: string): string | null {
  return typeof o[key] === 'string' ? null : `"${key}" must be text`
}

function offset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

/** Why `value` is not a valid {@link Highlight}, or `null` when it is. */
export function highlightProblem(value: unknown): string | null {
  if (!isObj(value)) return 'is not an object'
  const p =
    idProblem(value) ?? str(value, 'docId') ?? str(value, 'docHash') ?? str(value, 'color') ??
    str(value, 'createdAt') ?? str(value, 'updatedAt')
  if (p) return p
  const pos = value['position']
  if (!isObj(pos) || !offset(pos['start']) || !offset(pos['end']) || (pos['end'] as number) < (pos['start'] as number)) {
    return '"position" must have whole-number "start" <= "end"'
  }
  const quote = value['quote']
  if (!isObj(quote) || typeof quote['exact'] !== 'string' || typeof quote['prefix'] !== 'string' || typeof quote['suffix'] !== 'string') {
    return '"quote" must have text "exact", "prefix" and "suffix"'
  }
  if (!STATUSES.has(value['status'] as string)) return '"status" must be exact, moved, fuzzy or orphaned'
  const fuzzy = value['fuzzy']
  if (fuzzy !== undefined) {
    if (!isObj(fuzzy) || !offset(fuzzy['start']) || !offset(fuzzy['end']) || typeof fuzzy['exact'] !== 'string') {
      return '"fuzzy" must have whole-number "start", "end" and text "exact"'
    }
    if (fuzzy['score'] !== null && typeof fuzzy['score'] !== 'number') return '"fuzzy.score" must be a number or null'
  }
  if (value['rejectedHash'] !== undefined && typeof value['rejectedHash'] !== 'string') return '"rejectedHash" must be text'
  const tagIds = value['tagIds']
  if (!Array.isArray(tagIds) || !tagIds.every((t) => typeof t === 'string')) return '"tagIds" must be a list of texts'
  if (!('note' in value) || value['note'] === undefined) return '"note" is missing (use null for no note)'
  return null
}

/** Why `value` is not a valid {@link Tag}, or `null` when it is. */
export function tagProblem(value: unknown): string | null {
  if (!isObj(value)) return 'is not an object'
  const p = idProblem(value) ?? str(value, 'name') ?? str(value, 'description')
  if (p) return p
  if (value['color'] !== null && typeof value['color'] !== 'string') return '"color" must be text or null'
  return null
}

/** Why `value` is not a valid {@link Memo}, or `null` when it is. */
export function memoProblem(value: unknown): string | null {
  if (!isObj(value)) return 'is not an object'
  const p = idProblem(value) ?? str(value, 'createdAt') ?? str(value, 'updatedAt')
  if (p) return p
  if (value['docId'] !== null && typeof value['docId'] !== 'string') return '"docId" must be text or null'
  if (!('note' in value) || value['note'] === undefined) return '"note" is missing'
  return null
}

function idProblem(o: Obj): string | null {
  return typeof o['id'] === 'string' && o['id'] !== '' ? null : '"id" must be non-empty text'
}

/** The three collections of a notebook and how to check one record of each. */
export const COLLECTIONS = {
  highlights: highlightProblem,
  tags: tagProblem,
  memos: memoProblem,
} as const

/** Name of one of the notebook's collections. */
export type CollectionName = keyof typeof COLLECTIONS

/** Record type stored in each collection. */
export interface CollectionRecord {
  highlights: Highlight
  tags: Tag
  memos: Memo
}

/** Whether `value` is a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isObj(value)
}
