import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, ipcMain, session as electronSession, shell } from 'electron'
import { CHANNEL_PREFIX, type ExzerptEvents } from '../preload/contract'
import { AppSession } from './core/session/app-session'
import { workerIndexer } from './core/workspace/worker-indexer'
import { DeepLinks } from './ipc/deep-links'
import { createHandlerTable } from './ipc/handler-table'
import { DEEP_LINK_SCHEME, deepLinkInArgv } from './core/export/deep-link'
import { registerIpc } from './ipc/register-ipc'
import { installMenu } from './shell/app-menu'
import { CloseGuard } from './shell/close-guard'
import { systemDialogs } from './shell/dialogs'

// The Electron shell: lifecycle, window, security settings, links from the OS. The menu, dialogs
// and close handshake are in shell/; everything else lives in core/ and ipc/.

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const here = path.dirname(fileURLToPath(import.meta.url))
let mainWindow: BrowserWindow | null = null

function rendererUrl(): string {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devServer) return devServer
  return `file://${path.join(here, '../renderer/index.html')}`
}

function emit<E extends keyof ExzerptEvents>(event: E, payload: ExzerptEvents[E]): void {
  mainWindow?.webContents.send(CHANNEL_PREFIX + event, payload)
}

const session = new AppSession({
  userDataDir: app.getPath('userData'),
  defaultCorpus: path.join(app.getAppPath(), 'corpus'),
  indexer: workerIndexer(path.join(here, 'index-worker.js')),
  emit: (event, payload) => emit(event, payload as never),
})

// exzerpt:// links from exported notes: queued, then announced; the renderer takes them when ready.
const links = new DeepLinks(() => {
  // macOS keeps the app running without a window: a link opens one (which takes the link when ready).
  if (!mainWindow && app.isReady()) return createWindow()
  emit('reveal', null)
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

let closeGuard: CloseGuard | null = null

const handlers = createHandlerTable(session, {
  ...systemDialogs(() => mainWindow),
  takeLink: () => links.take(),
  readyToClose: (saved) => closeGuard?.answer(saved),
  openExternal: (url) => shell.openExternal(url),
})

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 600,
    title: 'Exzerpt',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  // A note that could not be saved keeps the window (and the app) open.
  closeGuard = new CloseGuard(mainWindow, () => emit('command', 'prepare-close'), () => (quitting = false))
  mainWindow.on('closed', () => {
    mainWindow = null
    closeGuard = null
    if (quitting) void finishQuit()
  })
  const url = rendererUrl()
  if (url.startsWith('file://')) void mainWindow.loadFile(path.join(here, '../renderer/index.html'))
  else void mainWindow.loadURL(url)
}

let quitting = false
let closed = false
let finishing: Promise<void> | null = null

function finishQuit(): Promise<void> {
  finishing ??= session
    .close()
    .catch((error: unknown) => console.error('Closing the notebook failed (its journal still holds every change):', error))
    .finally(() => {
      closed = true
      app.quit()
    })
  return finishing
}

/**
 * Makes the OS send exzerpt:// links to this app (in development: to this electron with our
 * entry script). Windows takes this at run time; a packaged macOS or Linux app also declares
 * the scheme (Info.plist, .desktop file), see the README. A refusal only costs the links.
 */
function registerProtocol(): void {
  const registered =
    process.defaultApp && process.argv[1]
      ? app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])])
      : app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
  if (!registered) console.warn(`The system did not register Exzerpt for ${DEEP_LINK_SCHEME}:// links; links in exported notes will not open the app.`)
}

if (!app.requestSingleInstanceLock()) {
  // A second instance would write the same notebook: hand over to the first one
  // (which receives our command line, including a link, as 'second-instance').
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    const link = deepLinkInArgv(argv)
    if (link) links.open(link)
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  // macOS delivers links as events, also the one that started the app (hence before ready).
  app.on('open-url', (event, url) => {
    event.preventDefault()
    links.open(url)
  })
  const startLink = deepLinkInArgv(process.argv)
  if (startLink) links.open(startLink)
  registerProtocol()

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  void app.whenReady().then(async () => {
    electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
    })
    electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    registerIpc(ipcMain, handlers, rendererUrl)
    // Through the page, which saves a note still being typed before the notebook is closed.
    installMenu({
      command: (name) => emit('command', name),
      // With no window (macOS), there is nothing to save first: open a window and the folder.
      openFolder: () => {
        if (mainWindow) return emit('command', 'open-folder')
        createWindow()
        void handlers.openFolder([])
      },
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
    createWindow()
    await session.start()
  })

  // Quitting: the window closes first (its page saves what is pending), then the notebook
  // is compacted and its lock released, then the process ends.
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    quitting = true
    if (mainWindow) mainWindow.close()
    else void finishQuit()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
