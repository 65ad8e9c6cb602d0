import { existsSync } from 'node:fs'
import { cp, mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHANNEL_PREFIX, INVOKE_CHANNELS, type InvokeChannel, type MenuCommand } from '../../preload/contract'
import { AppSession } from '../../main/core/session/app-session'
import { workerIndexer } from '../../main/core/workspace/worker-indexer'
import { DeepLinks } from '../../main/ipc/deep-links'
import { createHandlerTable } from '../../main/ipc/handler-table'
import { findChromium } from './find-chromium'
import { serveStatic } from './static-server'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const outputDir = path.join(repoRoot, 'test-output')

export interface LaunchOptions {
  /** The corpus the app opens at start (pass a temp copy: the app writes `.exzerpt/` into it). */
  corpusDir: string
  /** Stands in for the app's user-data folder. */
  dataDir: string
  /** What File › Open Folder… returns (null = the user cancelled). */
  pickFolder?: () => Promise<string | null>
  /** What the export's save dialog returns (null = cancelled; the default). */
  pickSaveFile?: () => Promise<string | null>
  /** What the vault export's folder dialog returns. */
  pickExportFolder?: () => Promise<string | null>
  /** What the import's file dialog returns. */
  pickImportFile?: () => Promise<string | null>
  viewport?: { width: number; height: number }
  /** Watch the corpus folder for edits, as the app does (default true). */
  watch?: boolean
  /** Animations off by default (no waiting for them in tests); 'no-preference' to see them. */
  reducedMotion?: 'reduce' | 'no-preference'
}

export interface RunningApp {
  page: Page
  session: AppSession
  /** Settles when the start-up corpus has been opened (or failed to). */
  ready: Promise<void>
  /** Simulates the OS opening an exzerpt:// link (as main does on open-url / second-instance); false when refused. */
  openLink(url: string): boolean
  /** Reloads the page; main-side state (the session) stays, as when the renderer reloads in Electron. */
  reload(): Promise<void>
  /** Sends an app-menu command to the page, as main does from the menu (Edit › Undo, Notebook › Manage Tags…). */
  sendCommand(command: MenuCommand): Promise<void>
  /** What main does when the window is asked to close: 'prepare-close', then waits for the page's readyToClose (true: all saved). */
  prepareClose(): Promise<boolean>
  /** URLs the page asked main to open outside the app (openExternal), in order. */
  externalLinks: string[]
  /** Every channel the page invoked, in order (to check how much a change costs). */
  invocations: string[]
  /** Closes the page and the session (the notebook is saved and its lock released, so the folders can be opened again). */
  close(): Promise<void>
}

/** The page-side half of bridge-entry.ts, typed here without DOM types. */
interface BridgeWindow {
  __exzerptEmit(channel: string, payload: unknown): void
}

let bridgeScript: Promise<string> | null = null

/** Bundles the bridge stand-in once per run (the same createApi the preload uses). */
function bridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(repoRoot, 'tests/e2e/bridge-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  }).then((result) => result.outputFiles[0]!.text)
  return bridgeScript
}

/**
 * Starts the built renderer (`out/renderer`) in Debian's Chromium, with
 * `window.exzerpt` wired through `page.exposeBinding` to the same handler
 * table main registers, over a real AppSession on real files.
 */
export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  // EXZERPT_OUT_DIR: where `electron-vite build` wrote the app (see electron.vite.config.ts).
  const rendererDir = path.resolve(repoRoot, process.env['EXZERPT_OUT_DIR'] ?? 'out', 'renderer')
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`${rendererDir} is missing: run \`npx electron-vite build\` (npm run test:e2e does it) first.`)
  }
  const server = await serveStatic(rendererDir)
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, reducedMotion: options.reducedMotion ?? 'reduce' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  // React's warnings (keys, act, controlled inputs…) and our own console.error fail the test too.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
  })
  // Events reach the page one after another, in the order main sent them, as over Electron's IPC.
  let sending: Promise<unknown> = Promise.resolve()
  const send = (event: string, payload: unknown): Promise<unknown> => {
    sending = sending.then(() =>
      page.evaluate(([channel, data]) => (globalThis as unknown as BridgeWindow).__exzerptEmit(channel, data), [CHANNEL_PREFIX + event, payload] as const).catch(() => {}),
    )
    return sending
  }

  const session = new AppSession({
    userDataDir: options.dataDir,
    defaultCorpus: options.corpusDir,
    // Index in a worker thread, as the app does.
    indexer: workerIndexer(),
    watch: options.watch ?? true,
    emit: (event, payload) => void send(event, payload),
  })
  // Links "from the OS" go through the same queue main uses (see RunningApp.openLink).
  const links = new DeepLinks(() => void send('reveal', null))
  // Every 'prepare-close' answered with readyToClose resolves the oldest waiting prepareClose().
  const closeWaiters: Array<(saved: boolean) => void> = []
  const externalLinks: string[] = []
  const cancelled = async () => null
  const table = createHandlerTable(session, {
    pickFolder: options.pickFolder ?? cancelled,
    pickSaveFile: options.pickSaveFile ?? cancelled,
    pickExportFolder: options.pickExportFolder ?? cancelled,
    pickImportFile: options.pickImportFile ?? cancelled,
    takeLink: () => links.take(),
    readyToClose: (saved) => closeWaiters.shift()?.(saved),
    openExternal: async (url) => void externalLinks.push(url),
  })
  const channels = new Set<string>(INVOKE_CHANNELS)
  const invocations: string[] = []

  await page.exposeBinding('__exzerptInvoke', async (_source, wireChannel: string, args: unknown) => {
    const channel = wireChannel.startsWith(CHANNEL_PREFIX) ? wireChannel.slice(CHANNEL_PREFIX.length) : ''
    if (!channels.has(channel)) throw new Error(`Unknown channel ${wireChannel}`)
    invocations.push(channel)
    const result = await table[channel as InvokeChannel](args)
    // As over Electron's IPC: events main sent while handling the call reach the page before its answer.
    await sending
    return result
  })
  await page.addInitScript({ content: await bridge() })
  await page.goto(server.url)
  // Like main: the window is up first, the corpus opens behind it (progress events reach the page).
  const ready = session.start()

  return {
    page,
    session,
    ready,
    openLink: (url) => links.open(url),
    reload: async () => {
      await page.reload()
    },
    sendCommand: async (command) => {
      await send('command', command)
    },
    prepareClose: () => {
      const answered = new Promise<boolean>((resolve) => closeWaiters.push(resolve))
      void send('command', 'prepare-close')
      return answered
    },
    externalLinks,
    invocations,
    close: async () => {
      await ready.catch(() => {})
      await browser.close()
      await server.close()
      await session.close()
      if (errors.length) throw new Error(`Errors in the page:\n${errors.join('\n')}`)
    },
  }
}

/** Copies a corpus folder into a fresh temp folder, so a test can change files and the app can write `.exzerpt/`. */
export async function tempCorpus(source = path.join(repoRoot, 'corpus')): Promise<{ corpusDir: string; dataDir: string }> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'exzerpt-e2e-'))
  const corpusDir = path.join(base, 'corpus')
  await cp(source, corpusDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.exzerpt`) })
  return { corpusDir, dataDir: path.join(base, 'user-data') }
}
