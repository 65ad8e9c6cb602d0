import path from 'node:path'
import type { AppState, IndexProgress } from '../../../preload/contract'
import { CorpusNotFoundError } from '../corpus/scan-corpus'
import { Workspace, type Indexer } from '../workspace/workspace'
import { readSettings, writeSettings } from './settings-store'

export interface AppSessionOptions {
  /** The app's user-data folder: settings and the data of read-only corpora live here. */
  userDataDir: string
  /** Opened when no folder was chosen before (the bundled sample corpus). */
  defaultCorpus: string | null
  indexer?: Indexer
  /** Pushes state and progress to the UI. */
  emit?: <E extends 'state' | 'progress'>(event: E, payload: E extends 'state' ? AppState : IndexProgress) => void
}

/**
 * What the app has open: at most one workspace, the indexing progress, and the
 * remembered last folder. Free of Electron so the handler table can be tested
 * (and driven by the end-to-end harness) in plain Node.
 */
export class AppSession {
  private workspace: Workspace | null = null
  private error: string | null = null
  private indexing: IndexProgress | null = null
  private opening: Promise<void> | null = null

  constructor(private readonly options: AppSessionOptions) {}

  private get settingsFile(): string {
    return path.join(this.options.userDataDir, 'settings.json')
  }

  state(): AppState {
    return { corpus: this.workspace?.state() ?? null, error: this.error, indexing: this.indexing }
  }

  /** The open workspace, or an error the renderer can show. */
  current(): Workspace {
    if (!this.workspace) throw new Error('No corpus is open. Use File › Open Folder… to choose one.')
    return this.workspace
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

  private async doOpen(dir: string): Promise<void> {
    const emit = this.options.emit ?? (() => {})
    this.indexing = { phase: 'scan', done: 0, total: 0 }
    emit('state', this.state())
    try {
      this.workspace = await Workspace.open(dir, {
        fallbackDataRoot: this.options.userDataDir,
        indexer: this.options.indexer,
        onProgress: (progress) => {
          this.indexing = progress
          emit('progress', progress)
        },
      })
      this.error = null
      await writeSettings(this.settingsFile, { lastCorpus: this.workspace.root }).catch(() => {})
    } catch (error) {
      this.error =
        error instanceof CorpusNotFoundError
          ? error.message
          : `Could not open ${dir}: ${error instanceof Error ? error.message : String(error)}`
      throw error
    } finally {
      this.indexing = null
      emit('state', this.state())
    }
  }
}
