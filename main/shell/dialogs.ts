import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { ExportDialogs } from '../ipc/export-handlers'

const FILTERS = { md: { name: 'Markdown', extensions: ['md'] }, csv: { name: 'CSV (spreadsheets)', extensions: ['csv'] } }

/** The system dialogs the handler table asks for, attached to the app window when there is one. */
export function systemDialogs(window: () => BrowserWindow | null): ExportDialogs & { pickFolder(): Promise<string | null> } {
  const open = async (options: OpenDialogOptions) => {
    const parent = window()
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const save = async (options: SaveDialogOptions) => {
    const parent = window()
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  }
  return {
    pickFolder: () => open({ title: 'Open a corpus folder', properties: ['openDirectory'] }),
    pickSaveFile: ({ title, defaultName, format }) => save({ title, defaultPath: defaultName, filters: [FILTERS[format]] }),
    pickExportFolder: () => open({ title: 'Export one note per document into…', properties: ['openDirectory', 'createDirectory'] }),
    pickImportFile: () => open({ title: 'Import an Exzerpt Markdown export', properties: ['openFile'], filters: [FILTERS.md] }),
  }
}
