import { z } from 'zod'
import { HIGHLIGHT_COLORS, type ExzerptInvokeApi, type HighlightView } from '../../preload/contract'
import { validateNote } from '../core/notebook/note/validate-note'
import type { Highlight } from '../core/notebook/notebook-schema'
import { toHighlightView, toMemoView, toTagViews } from '../core/notebook/notebook-views'
import type { AppSession } from '../core/session/app-session'
import { parseArgs } from './parse-args'

// Schemas of the notebook channels' argument tuples. Ids are opaque strings; notes
// are checked for shape here and against the editor's schema in the core.
/** A record id (highlight, tag, memo). */
export const id = z.string().min(1).max(200)
/** A document id: looked up in the scanned corpus, never joined onto a path. */
export const docId = z.string().min(1).max(4096)
const offset = z.number().int().min(0)
/** The hash of the text a selection was made in (see DocumentView.hash). */
const docHash = z.string().min(1).max(200)
const color = z.enum(HIGHLIGHT_COLORS)
const tagName = z.string().max(500)
const tagNames = z.array(tagName).max(100)
const note = z.object({ type: z.literal('doc') }).passthrough()
const description = z.string().max(2000)

/** A HighlightQuery as the renderer may send it (the export dialog sends one too). */
export const highlightQuery = z
  .object({
    docId: docId.optional(),
    tagIds: z.array(id).max(100).optional(),
    tagMode: z.enum(['all', 'any']).optional(),
    text: z.string().max(500).optional(),
    status: z.enum(['attached', 'orphaned', 'review']).optional(),
    sort: z.enum(['position', 'created']).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict()

const schemas = {
  listHighlights: z.tuple([highlightQuery]),
  createHighlight: z.tuple([
    z.object({ docId, start: offset, end: offset, docHash, color: color.optional(), tags: tagNames.optional(), note: note.nullable().optional() }).strict(),
  ]),
  updateHighlight: z.tuple([id, z.object({ color: color.optional(), tags: tagNames.optional(), note: note.nullable().optional() }).strict()]),
  deleteHighlight: z.tuple([id]),
  deleteNote: z.tuple([id]),
  reattachHighlight: z.tuple([id, z.object({ docId, start: offset, end: offset, docHash }).strict()]),
  confirmHighlight: z.tuple([id]),
  rejectHighlight: z.tuple([id]),
  listTags: z.tuple([]),
  createTag: z.tuple([z.object({ name: tagName, color: color.nullable().optional(), description: description.optional() }).strict()]),
  updateTag: z.tuple([id, z.object({ name: tagName.optional(), color: color.nullable().optional(), description: description.optional() }).strict()]),
  mergeTags: z.tuple([id, id]),
  deleteTag: z.tuple([id]),
  listMemos: z.tuple([]),
  createMemo: z.tuple([docId.nullable(), note]),
  updateMemo: z.tuple([id, note]),
  deleteMemo: z.tuple([id]),
  undo: z.tuple([]),
  restoreNotebookBackup: z.tuple([z.string().min(1).max(200)]),
}

export type NotebookChannel = keyof typeof schemas

/** The notebook's handlers: one per channel, validating, then calling the open notebook. */
export type NotebookHandlers = { [C in NotebookChannel]: (args: unknown) => ReturnType<ExzerptInvokeApi[C]> }

const noteOrNull = (value: unknown) => (value === undefined ? undefined : value === null ? null : validateNote(value))

/** Builds the notebook part of the handler table over the session's open notebook. */
export function createNotebookHandlers(session: AppSession): NotebookHandlers {
  const view = (h: Highlight): HighlightView => toHighlightView(h, session.current())
  const tagView = (tagId: string) => {
    const nb = session.notebook()
    const found = toTagViews(nb.data.tags, nb.highlights).find((t) => t.id === tagId)
    if (!found) throw new Error(`The tag "${tagId}" is gone.`)
    return found
  }
  return {
    listHighlights: async (args) => {
      const [query] = parseArgs('listHighlights', schemas.listHighlights, args)
      const nb = session.notebook()
      await nb.ensureAnchored(query.docId)
      const matched = nb.query(query)
      // Views (with notes) only for what is shown: "all documents" of a large notebook is a long list.
      const shown = query.limit === undefined ? matched : matched.slice(0, query.limit)
      return { highlights: shown.map(view), matched: matched.length, total: nb.countByStatus() }
    },
    createHighlight: async (args) => {
      const [input] = parseArgs('createHighlight', schemas.createHighlight, args)
      return view(await session.notebook().addHighlight({ ...input, note: noteOrNull(input.note) }))
    },
    updateHighlight: async (args) => {
      const [hid, patch] = parseArgs('updateHighlight', schemas.updateHighlight, args)
      return view(await session.notebook().updateHighlight(hid, { ...patch, note: noteOrNull(patch.note) }))
    },
    deleteHighlight: async (args) => {
      const [hid] = parseArgs('deleteHighlight', schemas.deleteHighlight, args)
      await session.notebook().deleteHighlight(hid)
      return { label: 'Highlight deleted' }
    },
    deleteNote: async (args) => {
      const [hid] = parseArgs('deleteNote', schemas.deleteNote, args)
      await session.notebook().deleteNote(hid)
      return { label: 'Note deleted' }
    },
    reattachHighlight: async (args) => {
      const [hid, range] = parseArgs('reattachHighlight', schemas.reattachHighlight, args)
      return view(await session.notebook().reattach(hid, range.docId, range.start, range.end, range.docHash))
    },
    confirmHighlight: async (args) => {
      const [hid] = parseArgs('confirmHighlight', schemas.confirmHighlight, args)
      return view(await session.notebook().confirmFuzzy(hid))
    },
    rejectHighlight: async (args) => {
      const [hid] = parseArgs('rejectHighlight', schemas.rejectHighlight, args)
      return view(await session.notebook().rejectFuzzy(hid))
    },
    listTags: async (args) => {
      parseArgs('listTags', schemas.listTags, args)
      const nb = session.notebook()
      return toTagViews(nb.data.tags, nb.highlights)
    },
    createTag: async (args) => {
      const [input] = parseArgs('createTag', schemas.createTag, args)
      return tagView((await session.notebook().createTag(input)).id)
    },
    updateTag: async (args) => {
      const [tid, patch] = parseArgs('updateTag', schemas.updateTag, args)
      return tagView((await session.notebook().updateTag(tid, patch)).id)
    },
    mergeTags: async (args) => {
      const [source, target] = parseArgs('mergeTags', schemas.mergeTags, args)
      return { label: await session.notebook().mergeTags(source, target) }
    },
    deleteTag: async (args) => {
      const [tid] = parseArgs('deleteTag', schemas.deleteTag, args)
      return { label: await session.notebook().deleteTag(tid) }
    },
    listMemos: async (args) => {
      parseArgs('listMemos', schemas.listMemos, args)
      return session.notebook().memos.map(toMemoView)
    },
    createMemo: async (args) => {
      const [memoDoc, memoNote] = parseArgs('createMemo', schemas.createMemo, args)
      return toMemoView(await session.notebook().createMemo(memoDoc, validateNote(memoNote)))
    },
    updateMemo: async (args) => {
      const [mid, memoNote] = parseArgs('updateMemo', schemas.updateMemo, args)
      return toMemoView(await session.notebook().updateMemo(mid, validateNote(memoNote)))
    },
    deleteMemo: async (args) => {
      const [mid] = parseArgs('deleteMemo', schemas.deleteMemo, args)
      await session.notebook().deleteMemo(mid)
      return { label: 'Memo deleted' }
    },
    undo: async (args) => {
      parseArgs('undo', schemas.undo, args)
      const label = await session.notebook().undo()
      return label === null ? null : { label }
    },
    restoreNotebookBackup: async (args) => {
      const [name] = parseArgs('restoreNotebookBackup', schemas.restoreNotebookBackup, args)
      return session.restoreNotebookBackup(name)
    },
  }
}
