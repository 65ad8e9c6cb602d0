import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../preload/contract'

/** What the menu does: commands go to the renderer (it knows what has focus); opening a folder is main's. */
export interface MenuActions {
  command(name: MenuCommand): void
  openFolder(): void
}

/** Builds and installs the application menu. */
export function installMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { type: 'separator' },
        // The renderer opens the export dialog (preview and options) and shows the import's report.
        { label: 'Export Notes…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
        { label: 'Import Notes…', click: () => actions.command('import') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Not a registered accelerator: Ctrl/Cmd+Z must reach the page, where a note editor
        // undoes typing and anywhere else the notebook undoes its last change.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.command('undo') },
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
        { label: 'Manage Tags…', accelerator: 'CmdOrCtrl+Shift+T', click: () => actions.command('manage-tags') },
        { label: 'New Memo', accelerator: 'CmdOrCtrl+Shift+M', click: () => actions.command('new-memo') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
