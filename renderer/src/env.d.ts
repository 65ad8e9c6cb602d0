import type { ExzerptApi } from '../../preload/contract'

declare global {
  interface Window {
    /** The bridge the preload exposes (see preload/contract.ts). */
    exzerpt: ExzerptApi
  }
}

export {}
