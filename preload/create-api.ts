import {
  CHANNEL_PREFIX,
  INVOKE_CHANNELS,
  type ExzerptApi,
  type ExzerptEvents,
  type ExzerptInvokeApi,
  type InvokeChannel,
} from './contract'

/** Sends one call to main; the transport differs (Electron IPC, or the test harness binding). */
export type Invoke = (channel: string, args: unknown[]) => Promise<unknown>
/** Subscribes to one event channel; returns the unsubscribe function. */
export type Listen = (channel: string, listener: (payload: unknown) => void) => () => void

/**
 * Builds `window.exzerpt` from a transport. The preload and the end-to-end
 * harness both use this function, so the tests exercise the same bridge shape
 * the app ships.
 */
export function createApi(invoke: Invoke, listen: Listen): ExzerptApi {
  const api: Partial<ExzerptInvokeApi> = {}
  for (const channel of INVOKE_CHANNELS) {
    // Each method forwards its arguments as one array: the handler table validates them.
    ;(api as Record<InvokeChannel, unknown>)[channel] = (...args: unknown[]) => invoke(CHANNEL_PREFIX + channel, args)
  }
  return Object.freeze({
    ...(api as ExzerptInvokeApi),
    on<E extends keyof ExzerptEvents>(event: E, listener: (payload: ExzerptEvents[E]) => void) {
      return listen(CHANNEL_PREFIX + event, (payload) => listener(payload as ExzerptEvents[E]))
    },
  })
}
