import type { Highlight, Memo, Tag } from '../notebook-schema'
import { COLLECTIONS, isPlainObject } from './validate-notebook'
import type { CollectionName } from './validate-notebook'

/** One change to a notebook. Puts replace the record with the same id (or add it); deletes by id. */
export type NotebookOp =
  | { op: 'putHighlight'; value: Highlight }
  | { op: 'deleteHighlight'; id: string }
  | { op: 'putTag'; value: Tag }
  | { op: 'deleteTag'; id: string }
  | { op: 'putMemo'; value: Memo }
  | { op: 'deleteMemo'; id: string }

/** Which collection each op touches and whether it puts or deletes. */
export const OP_KINDS: Record<NotebookOp['op'], { collection: CollectionName; put: boolean }> = {
  putHighlight: { collection: 'highlights', put: true },
  deleteHighlight: { collection: 'highlights', put: false },
  putTag: { collection: 'tags', put: true },
  deleteTag: { collection: 'tags', put: false },
  putMemo: { collection: 'memos', put: true },
  deleteMemo: { collection: 'memos', put: false },
}

/**
 * An op checked and turned into the exact JSON that will be journaled.
 * `value` is re-parsed from that JSON, so memory holds precisely what a reload
 * would give (no `undefined` fields, no shared references with the caller).
 */
export interface PreparedOp {
  collection: CollectionName
  /** Record id (for puts, the value's id). */
  id: string
  /** The parsed copy to store, or `null` for a delete. */
  value: { id: string } | null
  /** `"op":"…","value":{…}` / `"op":"…","id":"…"` — a journal line without its seq. */
  body: string
}

/**
 * Checks one op and serializes it. Throws a `TypeError` naming the problem,
 * because a malformed record saved now would make the whole notebook unreadable later.
 */
export function prepareOp(op: NotebookOp): PreparedOp {
  const kind = isPlainObject(op) ? OP_KINDS[op.op as NotebookOp['op']] : undefined
  if (!kind) throw new TypeError(`Unknown notebook operation ${JSON.stringify((op as { op?: unknown })?.op)}`)
  if (!kind.put) {
    const id = (op as { id: unknown }).id
    if (typeof id !== 'string' || id === '') throw new TypeError(`${op.op}: "id" must be non-empty text`)
    return { collection: kind.collection, id, value: null, body: `"op":"${op.op}","id":${JSON.stringify(id)}` }
  }
  const json = JSON.stringify((op as { value: unknown }).value)
  const value: unknown = json === undefined ? undefined : JSON.parse(json)
  const problem = COLLECTIONS[kind.collection](value)
  if (problem) throw new TypeError(`${op.op}: the record ${problem}`)
  const record = value as { id: string }
  return { collection: kind.collection, id: record.id, value: record, body: `"op":"${op.op}","value":${json}` }
}

/** A journal entry as read back: a seq and the ops it carries (one, or several for a batch). */
export interface JournalEntry {
  seq: number
  ops: NotebookOp[]
}

/**
 * Reads one journal line. Only the envelope is checked here; the records are
 * checked after replay and migration, because an old journal may hold old-format records.
 * Returns a reason string when the line is not a journal entry.
 */
export function parseJournalLine(line: string): JournalEntry | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return 'not valid JSON'
  }
  if (!isPlainObject(parsed)) return 'not an object'
  const seq = parsed['seq']
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) return '"seq" must be a whole number'
  if (parsed['op'] === 'batch') {
    const ops = parsed['ops']
    if (!Array.isArray(ops)) return 'a batch needs an "ops" list'
    for (const op of ops) {
      const problem = envelopeProblem(op)
      if (problem) return problem
    }
    return { seq, ops: ops as NotebookOp[] }
  }
  const problem = envelopeProblem(parsed)
  return problem ?? { seq, ops: [parsed as unknown as NotebookOp] }
}

function envelopeProblem(op: unknown): string | null {
  if (!isPlainObject(op)) return 'an operation is not an object'
  const kind = OP_KINDS[op['op'] as NotebookOp['op']]
  if (!kind) return `unknown operation ${JSON.stringify(op['op'])}`
  if (kind.put) {
    const value = op['value']
    return isPlainObject(value) && typeof value['id'] === 'string' ? null : `${String(op['op'])} needs a "value" with an "id"`
  }
  return typeof op['id'] === 'string' ? null : `${String(op['op'])} needs an "id"`
}
