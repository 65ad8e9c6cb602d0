import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, type NotebookData } from '../notebook-schema'
import type { NotebookOp } from './notebook-ops'
import { NotebookStore } from './notebook-store'
import { makeHighlight, makeMemo, makeTag, noteDoc } from './test-records'

const id = fc.constantFrom('a', 'b', 'c')
const text = fc.string({ maxLength: 12, unit: 'grapheme' })

const op: fc.Arbitrary<NotebookOp> = fc.oneof(
  fc.record({ id, note: text, color: fc.constantFrom('yellow', 'red') }).map(
    (r): NotebookOp => ({ op: 'putHighlight', value: makeHighlight(r.id, { color: r.color, note: noteDoc(r.note) }) }),
  ),
  id.map((i): NotebookOp => ({ op: 'deleteHighlight', id: i })),
  fc.record({ id, name: text }).map((r): NotebookOp => ({ op: 'putTag', value: makeTag(r.id, { name: r.name }) })),
  id.map((i): NotebookOp => ({ op: 'deleteTag', id: i })),
  fc.record({ id, doc: fc.option(id, { nil: null }) }).map((r): NotebookOp => ({ op: 'putMemo', value: makeMemo(r.id, { docId: r.doc }) })),
  id.map((i): NotebookOp => ({ op: 'deleteMemo', id: i })),
)

/** One step of a session: a single op, a batch, or a store-level action. */
type Step =
  | { kind: 'op'; op: NotebookOp; wait: boolean }
  | { kind: 'batch'; ops: NotebookOp[] }
  | { kind: 'typing'; id: string; notes: string[] }
  | { kind: 'compact' | 'reopen' | 'crash' }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ op, wait: fc.boolean() }).map((r): Step => ({ kind: 'op', ...r })) },
  { weight: 2, arbitrary: fc.array(op, { minLength: 1, maxLength: 4 }).map((ops): Step => ({ kind: 'batch', ops })) },
  // Several quick edits of one note, not awaited: the case coalescing exists for.
  { weight: 3, arbitrary: fc.record({ id, notes: fc.array(text, { minLength: 2, maxLength: 4 }) }).map((r): Step => ({ kind: 'typing', ...r })) },
  { weight: 1, arbitrary: fc.constantFrom<Step>({ kind: 'compact' }, { kind: 'reopen' }, { kind: 'crash' }) },
)

/** The plain in-memory model: Maps keep insertion order and replace in place, like the store. */
class Model {
  highlights = new Map<string, unknown>()
  tags = new Map<string, unknown>()
  memos = new Map<string, unknown>()
  apply(o: NotebookOp): void {
    const map = o.op.endsWith('Highlight') ? this.highlights : o.op.endsWith('Tag') ? this.tags : this.memos
    if ('value' in o) map.set(o.value.id, structuredClone(o.value))
    else map.delete(o.id)
  }
  data(): NotebookData {
    return { schemaVersion: SCHEMA_VERSION, highlights: [...this.highlights.values()], tags: [...this.tags.values()], memos: [...this.memos.values()] } as NotebookData
  }
}

/**
 * The notebook files of `dir` as a crash right now would leave them, in a new folder.
 * Journal first: a snapshot copied after it can only be newer, which a real crash could also leave.
 */
async function crashCopy(dir: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'exzerpt-prop-crash-'))
  await copyFile(path.join(dir, 'notebook.journal'), path.join(copy, 'notebook.journal'))
  await copyFile(path.join(dir, 'notebook.json'), path.join(copy, 'notebook.json'))
  return copy
}

/** A single op through its own method (which may be coalesced), unlike `apply`. */
function send(store: NotebookStore, o: NotebookOp): Promise<void> {
  switch (o.op) {
    case 'putHighlight':
      return store.putHighlight(o.value)
    case 'deleteHighlight':
      return store.deleteHighlight(o.id)
    case 'putTag':
      return store.putTag(o.value)
    case 'deleteTag':
      return store.deleteTag(o.id)
    case 'putMemo':
      return store.putMemo(o.value)
    case 'deleteMemo':
      return store.deleteMemo(o.id)
  }
}

describe('NotebookStore (property)', () => {
  it('after any sequence of changes, a reopened notebook equals a plain in-memory model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.constantFrom(0, 20), fc.constantFrom(5, 1000), async (steps, coalesceMs, compactAfterOps) => {
        let dir = await mkdtemp(path.join(tmpdir(), 'exzerpt-prop-'))
        const dirs = [dir]
        const options = { coalesceMs, compactAfterOps, lock: false }
        const opened: NotebookStore[] = []
        const openAt = async (d: string) => {
          const store = await NotebookStore.open(d, options)
          opened.push(store)
          return store
        }
        try {
          const model = new Model()
          let store = await openAt(dir)
          let inFlight: Promise<void>[] = []
          for (const s of steps) {
            if (s.kind === 'op') {
              model.apply(s.op)
              const saved = send(store, s.op)
              if (s.wait) await saved
              else inFlight.push(saved)
            } else if (s.kind === 'batch') {
              for (const o of s.ops) model.apply(o)
              inFlight.push(store.apply(s.ops))
            } else if (s.kind === 'typing') {
              for (const note of s.notes) {
                const o: NotebookOp = { op: 'putHighlight', value: makeHighlight(s.id, { note: noteDoc(note) }) }
                model.apply(o)
                inFlight.push(send(store, o))
              }
            } else if (s.kind === 'compact') {
              await store.compact()
            } else {
              await Promise.all(inFlight)
              inFlight = []
              if (s.kind === 'reopen') await store.close()
              else {
                // "crash": copy the files as they are right now (journal first: a snapshot copied
                // later can only be newer, as after a real crash) and carry on from the copy,
                // leaving the old store running — its background compaction may still be under way.
                dir = await crashCopy(dir)
                dirs.push(dir)
              }
              store = await openAt(dir)
            }
            expect(store.data).toEqual(model.data())
          }
          await Promise.all(inFlight)
          const crashed = await crashCopy(dir)
          dirs.push(crashed)
          const afterCrash = await openAt(crashed)
          expect(afterCrash.data).toEqual(model.data())
          await afterCrash.close()
          await store.close()
          const afterClose = await openAt(dir)
          expect(afterClose.data).toEqual(model.data())
          expect(afterClose.stats.journalBytes).toBe(0)
          await afterClose.close()
        } finally {
          // Close everything (idempotent), so no background backup writes into a removed folder.
          for (const s of opened) await s.close().catch(() => {})
          for (const d of dirs) await rm(d, { recursive: true, force: true })
        }
      }),
      { numRuns: 60 },
    )
  }, 120_000)
})
