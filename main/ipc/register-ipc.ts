import { CHANNEL_PREFIX, INVOKE_CHANNELS } from '../../preload/contract'
import type { HandlerTable } from './handler-table'
import { isTrustedSender } from './sender-check'

/** The slice of Electron's `ipcMain` we use, so this module needs no `electron` import and is testable. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string; parent: unknown } | null }, ...args: unknown[]) => unknown): void
}

/** Registers every channel of the contract, each guarded by the sender check. */
export function registerIpc(ipcMain: IpcMainLike, table: HandlerTable, rendererUrl: () => string): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(CHANNEL_PREFIX + channel, (event, args) => {
      const frame = event.senderFrame
      // Electron's WebFrameMain has no isMainFrame; the top frame is the one without a parent.
      if (!isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null }, rendererUrl())) {
        throw new Error(`Refused ${channel}: the request did not come from the Exzerpt window`)
      }
      return table[channel](args)
    })
  }
}
