import type { RevealTarget } from '../../preload/contract'
import { parseDeepLink } from './parse-deep-link'

/**
 * Holds the passage an exzerpt:// link asked for until the renderer takes it.
 * The event only says "a link came"; the renderer then calls `takeReveal`, so a
 * link that arrives before the page has subscribed (the app was started by the
 * link) is not lost, and one that arrives after is not handled twice.
 */
export class DeepLinks {
  #pending: RevealTarget | null = null

  constructor(private readonly notify: (target: RevealTarget) => void) {}

  /** Queues the passage a link names; returns false (and queues nothing) for a link that is not ours or is malformed. */
  open(url: string): boolean {
    const target = parseDeepLink(url)
    if (!target) return false
    this.#pending = target
    this.notify(target)
    return true
  }

  /** The passage waiting to be shown, once. */
  take(): RevealTarget | null {
    const target = this.#pending
    this.#pending = null
    return target
  }
}
