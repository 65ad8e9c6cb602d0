import { useCallback, useRef, useState } from 'react'
import type { PaneFocus } from './pane-focus'

type WithoutNonce<T> = T extends unknown ? Omit<T, 'nonce'> : never
export type FocusRequest = WithoutNonce<PaneFocus>

/** What the notebook pane should bring forward next; each request counts, even a repeated one. */
export function usePaneFocus(): [PaneFocus | null, (request: FocusRequest) => void] {
  const [focus, setFocus] = useState<PaneFocus | null>(null)
  const nonce = useRef(0)
  const request = useCallback((next: FocusRequest) => setFocus({ ...next, nonce: ++nonce.current } as PaneFocus), [])
  return [focus, request]
}
