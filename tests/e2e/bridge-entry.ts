import { createApi } from '../../preload/create-api'

// Stands in for preload/index.ts inside Chromium: the same createApi, with the
// transport routed to the harness's exposed binding instead of ipcRenderer.
declare global {
  interface Window {
    __exzerptInvoke(channel: string, args: unknown[]): Promise<unknown>
    __exzerptEmit(channel: string, payload: unknown): void
  }
}

const listeners = new Map<string, Set<(payload: unknown) => void>>()
window.__exzerptEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload)
}
window.exzerpt = createApi(
  (channel, args) => window.__exzerptInvoke(channel, args),
  (channel, listener) => {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
    return () => set.delete(listener)
  },
)
