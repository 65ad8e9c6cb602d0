import { z } from 'zod'
import type { ExzerptInvokeApi, InvokeChannel } from '../../preload/contract'
import type { DeepLink } from '../core/export/deep-link'
import { isAllowedNoteLink } from '../core/notebook/note/link-policy'
import { revealTarget } from './deep-links'
import type { AppSession } from '../core/session/app-session'
import { createExportHandlers, type ExportChannel, type ExportDialogs } from './export-handlers'
import { createNotebookHandlers, type NotebookChannel } from './notebook-handlers'
import { parseArgs } from './parse-args'

export { InvalidPayloadError } from './parse-args'

/** What only the Electron shell can do (dialogs, links from the OS); the test harness supplies its own. */
export interface ShellHost extends ExportDialogs {
  /** Shows a folder picker; null when the user cancels. */
  pickFolder(): Promise<string | null>
  /** The exzerpt:// link waiting to be shown, once (see DeepLinks). */
  takeLink(): DeepLink | null
  /** The renderer's answer to 'prepare-close': everything saved (close), or not (stay open). */
  readyToClose(saved: boolean): void
  /** Opens an (already checked) http(s)/mailto URL outside the app. */
  openExternal(url: string): Promise<void>
}

/** One handler per channel: takes the raw argument array from the wire, returns the result. */
export type HandlerTable = { [C in InvokeChannel]: (args: unknown) => ReturnType<ExzerptInvokeApi[C]> }

const docId = z.string().min(1).max(4096).refine((id) => !id.includes('\0'), 'document id contains NUL')
const query = z.string().max(2000)

type CorpusChannel = Exclude<InvokeChannel, NotebookChannel | ExportChannel>

// Argument tuples per channel, checked before anything reaches the core.
const schemas = {
  getState: z.tuple([]),
  openFolder: z.tuple([]),
  getDocument: z.tuple([docId]),
  search: z.tuple([query, z.object({ limit: z.number().int().min(1).max(500).optional() }).strict().optional()]),
  findInDocument: z.tuple([docId, query]),
  takeReveal: z.tuple([]),
  readyToClose: z.tuple([z.boolean()]),
  openExternal: z.tuple([z.string().max(8192)]),
} satisfies Record<CorpusChannel, z.ZodType>

function parse<C extends CorpusChannel>(channel: C, args: unknown): z.infer<(typeof schemas)[C]> {
  return parseArgs(channel, schemas[channel] as z.ZodType, args) as z.infer<(typeof schemas)[C]>
}

/**
 * The table main registers on `ipcMain` and the end-to-end harness binds into
 * the page: every renderer request goes through exactly these functions.
 */
export function createHandlerTable(session: AppSession, host: ShellHost): HandlerTable {
  return {
    ...createNotebookHandlers(session),
    ...createExportHandlers(session, host),
    getState: async (args) => {
      parse('getState', args)
      return session.state()
    },
    openFolder: async (args) => {
      parse('openFolder', args)
      const dir = await host.pickFolder()
      if (!dir) return { status: 'cancelled' }
      try {
        return { status: 'opened', state: await session.open(dir) }
      } catch {
        return { status: 'failed', error: session.state().error ?? `Could not open ${dir}` }
      }
    },
    getDocument: async (args) => {
      const [id] = parse('getDocument', args)
      return session.current().getDocument(id)
    },
    search: async (args) => {
      const [q, options] = parse('search', args)
      return session.current().search(q, options?.limit)
    },
    readyToClose: async (args) => {
      const [saved] = parse('readyToClose', args)
      host.readyToClose(saved)
    },
    openExternal: async (args) => {
      const [url] = parse('openExternal', args)
      if (!isAllowedNoteLink(url)) throw new Error('Only web pages and e-mail addresses can be opened from a note.')
      await host.openExternal(url)
    },
    takeReveal: async (args) => {
      parse('takeReveal', args)
      const link = host.takeLink()
      return link && revealTarget(link, session.state().corpus ? session.current().notebook : null)
    },
    findInDocument: async (args) => {
      const [id, q] = parse('findInDocument', args)
      return session.current().findInDocument(id, q)
    },
  }
}
