import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '../core/notebook/notebook-schema'
import { currentRange } from '../core/notebook/highlight-query'
import { NotebookInputError, type Notebook } from '../core/notebook/notebook'
import { toTagViews } from '../core/notebook/notebook-views'
import { isSameOrBelow } from '../core/notebook/tags/tag-names'
import { markdownToNote, noteToMarkdown } from '../core/notebook/note/note-markdown'
import type { Workspace } from '../core/workspace/workspace'

export interface CliOutput {
  write(text: string): unknown
}

export interface HighlightAddOptions {
  doc: string
  quote: string
  occurrence: number
  tags: string[]
  color?: string
  note?: string
}

/** The CLI's view of a highlight: note as Markdown, tags as names, offsets flat (where it is now; an orphan's last known place). */
function toJson(notebook: Notebook, h: Highlight) {
  const range = currentRange(h) ?? h.position
  return {
    id: h.id,
    docId: h.docId,
    quote: h.quote.exact,
    start: range.start,
    end: range.end,
    status: h.status,
    tags: h.tagIds.map((id) => notebook.tagName(id) ?? id),
    color: h.color,
    note: noteToMarkdown(h.note as Parameters<typeof noteToMarkdown>[0]),
  }
}

/** Opens the corpus's notebook for one command and always releases its lock. */
export async function withNotebook<T>(ws: Workspace, run: (notebook: Notebook) => Promise<T>): Promise<T> {
  const notebook = await ws.openNotebook()
  try {
    return await run(notebook)
  } finally {
    await ws.close()
  }
}

function colorOption(color: string | undefined): HighlightColor | undefined {
  if (color === undefined || (HIGHLIGHT_COLORS as readonly string[]).includes(color)) return color as HighlightColor | undefined
  throw new NotebookInputError(`unknown colour "${color}" (use ${HIGHLIGHT_COLORS.join(', ')})`)
}

export async function highlightAdd(ws: Workspace, o: HighlightAddOptions, json: boolean, out: CliOutput): Promise<number> {
  const color = colorOption(o.color)
  return withNotebook(ws, async (notebook) => {
    const h = await notebook.addHighlightByQuote(o.doc, o.quote, o.occurrence, {
      tags: o.tags,
      color,
      note: o.note ? markdownToNote(o.note) : null,
    })
    const view = toJson(notebook, h)
    out.write(json ? `${JSON.stringify(view, null, 2)}\n` : `Highlighted ${view.docId} [${view.start}–${view.end}] as ${view.id}\n`)
    return 0
  })
}

export async function highlightList(ws: Workspace, filter: { tags: string[]; doc?: string }, json: boolean, out: CliOutput): Promise<number> {
  return withNotebook(ws, async (notebook) => {
    // By name, not id: "Akteure" finds "Akteure/Russland" even when no tag "Akteure" exists itself.
    const highlights = notebook
      .query({ docId: filter.doc, sort: 'position' })
      .map((h) => toJson(notebook, h))
      .filter((h) => filter.tags.every((wanted) => h.tags.some((t) => isSameOrBelow(t, wanted))))
    if (json) {
      out.write(`${JSON.stringify({ highlights: highlights.map(({ color: _color, ...rest }) => rest) }, null, 2)}\n`)
      return 0
    }
    for (const h of highlights) {
      const tags = h.tags.length ? `  ${h.tags.map((t) => `#${t}`).join(' ')}` : ''
      out.write(`${h.id}  ${h.docId} [${h.start}–${h.end}] ${h.status}${tags}\n  „${h.quote}“\n`)
      if (h.note) out.write(`  ${h.note.replace(/\n/g, '\n  ')}\n`)
    }
    if (!highlights.length) out.write('No highlights.\n')
    return 0
  })
}

export async function highlightDelete(ws: Workspace, id: string, out: CliOutput): Promise<number> {
  return withNotebook(ws, async (notebook) => {
    const h = await notebook.deleteHighlight(id)
    out.write(`Deleted highlight ${h.id} („${h.quote.exact.slice(0, 60)}${h.quote.exact.length > 60 ? '…' : ''}“)\n`)
    return 0
  })
}

export async function tagsList(ws: Workspace, json: boolean, out: CliOutput): Promise<number> {
  return withNotebook(ws, async (notebook) => {
    const tags = toTagViews(notebook.data.tags, notebook.highlights).map(({ name, color, count }) => ({ name, color, count }))
    if (json) out.write(`${JSON.stringify({ tags }, null, 2)}\n`)
    else for (const t of tags) out.write(`${t.name}\t${t.count}\n`)
    return 0
  })
}
