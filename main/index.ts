import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession, type MenuItemConstructorOptions } from 'electron'
import { CHANNEL_PREFIX, type ExzerptEvents } from '../preload/contract'
import { AppSession } from './core/session/app-session'
import { workerIndexer } from './core/workspace/worker-indexer'
import { DeepLinks } from './ipc/deep-links'
import { createHandlerTable } from './ipc/handler-table'
import { DEEP_LINK_SCHEME, deepLinkInArgv } from './core/export/deep-link'
import { registerIpc } from './ipc/register-ipc'

// The Electron shell: window, menu, security settings. Everything else lives in core/ and ipc/.

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

async function pickFolder(): Promise<string | null> {
  const options = { title: 'Open a corpus folder', properties: ['openDirectory' as const] }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

// exzerpt:// links from exported notes: queued, then announced; the renderer takes them when ready.
const links = new DeepLinks(() => {
  emit('reveal', null)
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

const FILTERS = { md: { name: 'Markdown', extensions: ['md'] }, csv: { name: 'CSV (spreadsheets)', extensions: ['csv'] } }

async function pickSaveFile(options: { title: string; defaultName: string; format: 'md' | 'csv' }): Promise<string | null> {
  const dialogOptions = { title: options.title, defaultPath: options.defaultName, filters: [FILTERS[options.format]] }
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
  return result.canceled ? null : (result.filePath ?? null)
}

async function pickExportFolder(): Promise<string | null> {
  const options = { title: 'Export one note per document into…', properties: ['openDirectory' as const, 'createDirectory' as const] }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

async function pickImportFile(): Promise<string | null> {
  const options = { title: 'Import an Exzerpt Markdown export', properties: ['openFile' as const], filters: [FILTERS.md] }
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

const handlers = createHandlerTable(session, { pickFolder, pickSaveFile, pickExportFolder, pickImportFile, takeLink: () => links.take() })

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Open Folder…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void handlers.openFolder([]),
        },
        { type: 'separator' },
        // The renderer opens the export dialog (preview and options) and the import's report.
        { label: 'Export Notes…', accelerator: 'CmdOrCtrl+E', click: () => emit('command', 'export') },
        { label: 'Import Notes…', click: () => emit('command', 'import') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Not a registered accelerator: Ctrl/Cmd+Z must reach the page, where a note editor
        // undoes typing and anywhere else the notebook undoes the last deletion or merge.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => emit('command', 'undo') },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'Notebook',
      submenu: [
        { label: 'Manage Tags…', accelerator: 'CmdOrCtrl+Shift+T', click: () => emit('command', 'manage-tags') },
        { label: 'New Memo', accelerator: 'CmdOrCtrl+Shift+M', click: () => emit('command', 'new-memo') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

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
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  const url = rendererUrl()
  if (url.startsWith('file://')) void mainWindow.loadFile(path.join(here, '../renderer/index.html'))
  else void mainWindow.loadURL(url)
}

/** Makes the OS send exzerpt:// links to this app (in development: to this electron with our entry script). */
function registerProtocol(): void {
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])])
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)
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
    buildMenu()
    createWindow()
    await session.start()
  })

  // The notebook is compacted and its lock released before the process ends.
  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    void session
      .close()
      .catch((error: unknown) => console.error('Closing the notebook failed (its journal still holds every change):', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}
