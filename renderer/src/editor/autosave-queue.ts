import { errorMessage } from '../format'
import type { PendingSave } from './pending-saves'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** What a save function returns when there was nothing to write yet (a new memo without words): the status stays "not saved yet". */
export const NOTHING_SAVED = Symbol('nothing saved')

export interface AutosaveState {
  status: SaveStatus
  /** Why the last save failed (the edit is kept and goes out again with the next one, or with a retry). */
  error: string | null
}

/**
 * Debounced saving of an edited value, independent of any component: waits
 * `delay` ms after the last edit, saves one value at a time in order (main
 * resolves once it is on disk), and on failure keeps the value for the next
 * attempt. It outlives the editor that fed it (see PendingSaves), so an edit is
 * never dropped with a closing card.
 */
export class AutosaveQueue<T> implements PendingSave {
  #save: (value: T) => Promise<unknown>
  readonly #delay: number
  #waiting: { value: T } | null = null
  #timer: ReturnType<typeof setTimeout> | null = null
  #running: Promise<void> | null = null
  #state: AutosaveState = { status: 'idle', error: null }
  readonly #listeners = new Set<() => void>()

  constructor(save: (value: T) => Promise<unknown>, delay = 400) {
    this.#save = save
    this.#delay = delay
  }

  /** The save function of the editor that shows the value now (its closure may have changed). */
  setSave(save: (value: T) => Promise<unknown>): void {
    this.#save = save
  }

  get state(): AutosaveState {
    return this.#state
  }

  get dirty(): boolean {
    const { status } = this.#state
    return status === 'pending' || status === 'saving' || status === 'error'
  }

  /** The last failure, until a save succeeds (a retry in progress does not clear it). */
  get problem(): string | null {
    return this.dirty ? this.#state.error : null
  }

  /** The value not on disk yet (waiting, or failed), if any: a new editor starts from it. */
  get draft(): T | null {
    return this.#waiting?.value ?? null
  }

  schedule(value: T): void {
    this.#waiting = { value }
    if (!this.#running) this.#set({ status: 'pending', error: this.#state.error })
    this.#clearTimer()
    this.#timer = setTimeout(() => void this.flush(), this.#delay)
  }

  /** Saves the waiting value now; resolves when it (and any edit made meanwhile) is saved or has failed. */
  flush(): Promise<void> {
    this.#clearTimer()
    if (this.#running) {
      // A newer edit waits behind the running save: go on with it when that is done.
      return this.#running.then(() => (this.#waiting && this.#state.status !== 'error' ? this.flush() : undefined))
    }
    if (!this.#waiting) return Promise.resolve()
    this.#running = this.#run().finally(() => {
      this.#running = null
    })
    return this.#running
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  async #run(): Promise<void> {
    while (this.#waiting) {
      const { value } = this.#waiting
      this.#waiting = null
      this.#set({ status: 'saving', error: this.#state.error })
      try {
        const result = await this.#save(value)
        this.#set({ status: this.#waiting ? 'pending' : result === NOTHING_SAVED ? 'idle' : 'saved', error: null })
      } catch (failure: unknown) {
        // Keep the failed value unless a newer edit replaced it; it goes out with the next try.
        this.#waiting ??= { value }
        this.#set({ status: 'error', error: errorMessage(failure) })
        return
      }
    }
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
  }

  #set(state: AutosaveState): void {
    if (state.status === this.#state.status && state.error === this.#state.error) return
    this.#state = state
    for (const listener of this.#listeners) listener()
  }
}
