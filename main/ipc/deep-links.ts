import type { RevealTarget } from '../../preload/contract'
import { parseDeepLink, type DeepLink } from '../core/export/deep-link'
import { currentRange } from '../core/notebook/highlight-query'
import type { Notebook } from '../core/notebook/notebook'

/**
 * Holds the passage an exzerpt:// link asked for until the renderer takes it.
 * The event only says "a link came"; the renderer then calls `takeReveal`, so a
 * link that arrives before the page has subscribed (the app was started by the
 * link) is not lost, and one that arrives after is not handled twice.
 */
export class DeepLinks {
  #pending: DeepLink | null = null

  constructor(private readonly notify: () => void) {}

  /** Queues what a link names; returns false (and queues nothing) for a link that is not ours or is malformed. */
  open(url: string): boolean {
    const link = parseDeepLink(url)
    if (!link) return false
    this.#pending = link
    this.notify()
    return true
  }

  /** The link waiting to be shown, once. */
  take(): DeepLink | null {
    const link = this.#pending
    this.#pending = null
    return link
  }
}

/**
 * Where to show a link now: the highlight it was made for, at its current place,
 * when the notebook still has it attached — the file may have changed since the
 * export — and otherwise the range the link names.
 */
export function revealTarget(link: DeepLink, notebook: Notebook | null): RevealTarget {
  const h = link.highlightId ? notebook?.getHighlight(link.highlightId) : undefined
  const now = h ? currentRange(h) : null
  if (h && now) return { docId: h.docId, range: now, highlightId: h.id }
  const range = link.start !== undefined && link.end !== undefined ? { start: link.start, end: link.end } : null
  return { docId: link.docId, range, highlightId: h?.id ?? null }
}
