import type { JournalFile } from './journal-file'

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

interface QueuedEntry {
  /** Record key for a single put that may be coalesced; `null` for deletes and batches. */
  key: string | null
  /** Journal line without its seq. */
  body: string
  ops: number
  waiters: Waiter[]
}

/**
 * Turns journal entries into durable appends.
 *
 * Group commit: while one append is being written and fsync'ed, everything
 * that arrives queues up and goes out in the next single write + fsync.
 *
 * Coalescing: a put of a record that was already sent within the last
 * `coalesceMs` (typing into a note) is held back and replaced by later puts of
 * the same record, then written once when the window ends — so a burst of
 * keystrokes costs one append per window, while a lone save goes out at once.
 * Every promise still resolves only after its entry (or a later one replacing it) is on disk.
 * Deletes and batches first release all held puts, so each record's changes reach the journal in order.
 */
export class WriteQueue {
  /** Highest seq given to a journal line so far. */
  lastSeq: number
  /** Appends (each one write + fsync) done so far. */
  appends = 0
  #journal: JournalFile
  #coalesceMs: number
  #onWritten: (ops: number) => void
  #pending: QueuedEntry[] = []
  #held = new Map<string, QueuedEntry>()
  #recent = new Map<string, number>()
  #timer: NodeJS.Timeout | null = null
  #pumping: Promise<void> | null = null

  constructor(journal: JournalFile, lastSeq: number, coalesceMs: number, onWritten: (ops: number) => void) {
    this.#journal = journal
    this.lastSeq = lastSeq
    this.#coalesceMs = coalesceMs
    this.#onWritten = onWritten
  }

  /** Queues one journal entry; resolves once it is durable. */
  enqueue(body: string, key: string | null, ops: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject }
      if (key === null) {
        this.release()
      } else if (this.#coalesceMs > 0) {
        const held = this.#held.get(key)
        if (held) {
          held.body = body
          held.waiters.push(waiter)
          return
        }
        const sentAt = this.#recent.get(key)
        if (sentAt !== undefined && performance.now() - sentAt < this.#coalesceMs) {
          this.#held.set(key, { key, body, ops, waiters: [waiter] })
          this.#timer ??= setTimeout(() => this.release(), this.#coalesceMs)
          return
        }
        this.#remember(key)
      }
      this.#pending.push({ key, body, ops, waiters: [waiter] })
      this.#kick()
    })
  }

  /** Sends all held (coalescing) puts now. */
  release(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    if (!this.#held.size) return
    for (const entry of this.#held.values()) {
      this.#pending.push(entry)
      this.#remember(entry.key!)
    }
    this.#held.clear()
    this.#kick()
  }

  /** Resolves once everything queued or held before the call is durable (rejections are the callers' to see). */
  async flush(): Promise<void> {
    this.release()
    while (this.#pumping) await this.#pumping
  }

  /** Whether anything is queued, held or being written. */
  get busy(): boolean {
    return this.#pumping !== null || this.#pending.length > 0 || this.#held.size > 0
  }

  #remember(key: string): void {
    const now = performance.now()
    this.#recent.set(key, now)
    if (this.#recent.size > 1000) {
      for (const [k, t] of this.#recent) if (now - t >= this.#coalesceMs) this.#recent.delete(k)
    }
  }

  #kick(): void {
    this.#pumping ??= this.#pump()
  }

  async #pump(): Promise<void> {
    // Let the rest of the current tick queue up too, so a synchronous burst is one append.
    await null
    try {
      while (this.#pending.length) {
        const batch = this.#pending
        this.#pending = []
        let text = ''
        let ops = 0
        for (const entry of batch) {
          text += `{"seq":${++this.lastSeq},${entry.body}}\n`
          ops += entry.ops
        }
        try {
          await this.#journal.append(text)
        } catch (error) {
          for (const entry of batch) for (const w of entry.waiters) w.reject(error)
          continue
        }
        this.appends++
        for (const entry of batch) for (const w of entry.waiters) w.resolve()
        this.#onWritten(ops)
      }
    } finally {
      this.#pumping = null
    }
  }
}
