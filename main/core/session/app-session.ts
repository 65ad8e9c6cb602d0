import path from 'node:path'
import type { AppState, IndexProgress, NotebookInfo } from '../../../preload/contract'
import { CorpusNotFoundError } from '../corpus/scan-corpus'
import type { Notebook } from '../notebook/notebook'
import { restoreBackup } from '../notebook/store/notebook-backups'
import { Workspace, type Indexer } from '../workspace/workspace'
import { failedNotebookInfo, openNotebookInfo } from './notebook-info'
import { readSettings, writeSettings } from './settings-store'

/** How long document changes are gathered before the UI is told (one state for a burst). */
const STATE_SETTLE_MS = 100

/** Events the session pushes to the UI, with their payloads. */
export interface SessionEvents {
  state: AppState
  progress: IndexProgress
  notebook: NotebookInfo
}

export interface AppSessionOptions {
  /** The app's user-data folder: settings and the data of read-only corpora live here. */
  userDataDir: string
  /** Opened when no folder was chosen before (the bundled sample corpus). */
  defaultCorpus: string | null
  indexer?: Indexer
  /** Watch the open corpus for edits made elsewhere (default true). */
  watch?: boolean
  /** Pushes state, progress and notebook changes to the UI. */
  emit?: <E extends keyof SessionEvents>(event: E, payload: SessionEvents[E]) => void
}

/**
 * What the app has open: at most one workspace with its notebook, the indexing
 * progress, and the remembered last folder. Free of Electron so the handler
 * table can be tested (and driven by the end-to-end harness) in plain Node.
 *
 * A notebook that cannot be opened (damaged, locked, from a newer version) does
 * not stop the corpus from opening: reading and searching work, and the
 * notebook's problem is reported in `state().notebook`.
 */
export class AppSession {
  private workspace: Workspace | null = null
  private notebookInfo: NotebookInfo | null = null
  private error: string | null = null
  private indexing: IndexProgress | null = null
  /** Opening, restoring and closing run one after another, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve()
  private unsubscribe: (() => void)[] = []
  private stateSoon: NodeJS.Timeout | null = null

  constructor(private readonly options: AppSessionOptions) {}

  private get settingsFile(): string {
    return path.join(this.options.userDataDir, 'settings.json')
  }

  private emit<E extends keyof SessionEvents>(event: E, payload: SessionEvents[E]): void {
    this.options.emit?.(event, payload)
  }

  state(): AppState {
    return { corpus: this.workspace?.state() ?? null, notebook: this.notebookInfo, error: this.error, indexing: this.indexing }
  }

  /** The open workspace, or an error the renderer can show. */
  current(): Workspace {
    if (!this.workspace) throw new Error('No corpus is open. Use File › Open Folder… to choose one.')
    return this.workspace
  }

  /** The open notebook, or an error saying why there is none. */
  notebook(): Notebook {
    const notebook = this.current().notebook
    if (!notebook) {
      const problem = this.notebookInfo?.problem?.message
      throw new Error(`The notebook is not available${problem ? `: ${problem}` : '.'}`)
    }
    return notebook
  }

  /** Opens the remembered folder, else the default corpus. Failures end up in `state().error`. */
  async start(): Promise<void> {
    const { lastCorpus } = await readSettings(this.settingsFile)
    const dir = lastCorpus ?? this.options.defaultCorpus
    if (dir) await this.open(dir).catch(() => {})
  }

  /** Opens a corpus folder, replacing the current one only once the new one is ready. */
  async open(dir: string): Promise<AppState> {
    await this.serially(() => this.doOpen(dir))
    return this.state()
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => {}).then(task)
    this.queue = run
    return run
  }

  private detach(): void {
    for (const off of this.unsubscribe) off()
    this.unsubscribe = []
    if (this.stateSoon) clearTimeout(this.stateSoon)
    this.stateSoon = null
  }

  /** Sends the state once for a burst of document changes (a folder sync), not once per file. */
  private emitStateSoon(ws: Workspace): void {
    this.stateSoon ??= setTimeout(() => {
      this.stateSoon = null
      if (this.workspace === ws) this.emit('state', this.state())
    }, STATE_SETTLE_MS)
    this.stateSoon.unref?.()
  }

  /**
   * Replaces a damaged notebook by one of its backups (the damaged files are kept
   * aside by `restoreBackup`) and opens it.
   */
  restoreNotebookBackup(name: string): Promise<AppState> {
    return this.serially(async () => {
      const ws = this.current()
      if (ws.notebook) throw new Error('The notebook is open and fine; there is nothing to restore.')
      const kind = this.notebookInfo?.problem?.kind
      // A locked notebook is in use elsewhere and a too-new one is fine for a newer Exzerpt: replacing either would lose work.
      if (kind !== 'corrupt' && kind !== 'unreadable') throw new Error('Only a damaged notebook can be replaced by a backup.')
      await restoreBackup(ws.dataDir, name)
      await this.attachNotebook(ws)
      this.emit('state', this.state())
      return this.state()
    })
  }

  /** Saves and closes everything (app quit). */
  close(): Promise<void> {
    return this.serially(async () => {
      this.detach()
      await this.workspace?.close()
    })
  }

  private async doOpen(dir: string): Promise<void> {
    this.indexing = { phase: 'scan', done: 0, total: 0 }
    this.emit('state', this.state())
    try {
      const next = await Workspace.open(dir, {
        fallbackDataRoot: this.options.userDataDir,
        indexer: this.options.indexer,
        onProgress: (progress) => {
          this.indexing = progress
          this.emit('progress', progress)
        },
      })
      // The old notebook lets go of its lock first: the new folder may be the same one.
      this.detach()
      await this.workspace?.close().catch(() => {})
      this.workspace = next
      this.error = null
      await this.attachNotebook(next)
      // The reader reloads a document found changed on disk (the state carries a new content revision).
      this.unsubscribe.push(next.onDocumentChanged(() => this.emitStateSoon(next)))
      if (this.options.watch ?? true) next.watch((error) => console.warn(`Not watching ${next.root} for changes (${error.message}); edits show when a document is next read.`))
      await writeSettings(this.settingsFile, { lastCorpus: next.root }).catch(() => {})
    } catch (error) {
      this.error =
        error instanceof CorpusNotFoundError
          ? error.message
          : `Could not open ${dir}: ${error instanceof Error ? error.message : String(error)}`
      throw error
    } finally {
      this.indexing = null
      this.emit('state', this.state())
    }
  }

  private async attachNotebook(ws: Workspace): Promise<void> {
    try {
      const notebook = await ws.openNotebook()
      notebook.warmUpSearch()
      const refresh = () => {
        if (this.workspace !== ws) return
        this.notebookInfo = openNotebookInfo(notebook, ws.root, ws.dataDir)
        this.emit('notebook', this.notebookInfo)
      }
      this.unsubscribe.push(notebook.onChange(refresh))
      this.notebookInfo = openNotebookInfo(notebook, ws.root, ws.dataDir)
    } catch (error) {
      this.notebookInfo = await failedNotebookInfo(error, ws.root, ws.dataDir)
    }
  }
}
