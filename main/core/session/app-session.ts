import path from 'node:path'
import type { AppState, IndexProgress, NotebookInfo } from '../../../preload/contract'
import { CorpusNotFoundError } from '../corpus/scan-corpus'
import type { Notebook } from '../notebook/notebook'
import { restoreBackup } from '../notebook/store/notebook-backups'
import { Workspace, type Indexer } from '../workspace/workspace'
import { failedNotebookInfo, openNotebookInfo } from './notebook-info'
import { readSettings, writeSettings } from './settings-store'

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
  private opening: Promise<void> | null = null
  private unsubscribe: (() => void) | null = null

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
    await this.opening?.catch(() => {})
    const run = this.doOpen(dir)
    this.opening = run
    await run
    return this.state()
  }

  /**
   * Replaces a damaged notebook by one of its backups (the damaged files are kept
   * aside by `restoreBackup`) and opens it.
   */
  async restoreNotebookBackup(name: string): Promise<AppState> {
    const ws = this.current()
    if (ws.notebook) throw new Error('The notebook is open and fine; there is nothing to restore.')
    await restoreBackup(ws.dataDir, name)
    await this.attachNotebook(ws)
    this.emit('state', this.state())
    return this.state()
  }

  /** Saves and closes everything (app quit). */
  async close(): Promise<void> {
    await this.opening?.catch(() => {})
    this.unsubscribe?.()
    await this.workspace?.close()
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
      this.unsubscribe?.()
      this.unsubscribe = null
      await this.workspace?.close().catch(() => {})
      this.workspace = next
      this.error = null
      await this.attachNotebook(next)
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
      this.unsubscribe = notebook.onChange(refresh)
      this.notebookInfo = openNotebookInfo(notebook, ws.root, ws.dataDir)
    } catch (error) {
      this.notebookInfo = await failedNotebookInfo(error, ws.root, ws.dataDir)
    }
  }
}
