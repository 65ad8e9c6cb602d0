import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { EVENT_CHANNELS, CHANNEL_PREFIX } from './contract'
import { createApi } from './create-api'

// Only our own event channels may be subscribed to, and listeners never see
// the IpcRendererEvent (it would hand the page `sender`, i.e. ipcRenderer).
const allowedEvents = new Set<string>(EVENT_CHANNELS.map((e) => CHANNEL_PREFIX + e))

const api = createApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (channel, listener) => {
    if (!allowedEvents.has(channel)) throw new Error(`Unknown event: ${channel}`)
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => ipcRenderer.removeListener(channel, wrapped)
  },
)

contextBridge.exposeInMainWorld('exzerpt', api)
