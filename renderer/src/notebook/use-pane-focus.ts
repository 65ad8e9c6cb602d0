import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

/** What the notebook pane is asked to bring forward (from the reader, a search hit or the menu). `nonce` makes repeats count. */
export type PaneFocus =
  | { kind: 'highlight'; id: string; docId: string; nonce: number }
  | { kind: 'memo'; id: string; nonce: number }
  | { kind: 'new-memo'; nonce: number }

type WithoutNonce<T> = T extends unknown ? Omit<T, 'nonce'> : never
export type FocusRequest = WithoutNonce<PaneFocus>

/** What the notebook pane should bring forward next; each request counts, even a repeated one. */
export function usePaneFocus(): [PaneFocus | null, (request: FocusRequest) => void] {
  const [focus, setFocus] = useState<PaneFocus | null>(null)
  const nonce = useRef(0)
  const request = useCallback((next: FocusRequest) => setFocus({ ...next, nonce: ++nonce.current } as PaneFocus), [])
  return [focus, request]
}

/** Runs `handle` once per focus request (remembering the last nonce handled), never again for an old one. */
export function useFocusRequest(focus: PaneFocus | null, handle: (focus: PaneFocus) => void): void {
  const handled = useRef(0)
  const latest = useRef(handle)
  useLayoutEffect(() => {
    latest.current = handle
  })
  useEffect(() => {
    if (!focus || focus.nonce === handled.current) return
    handled.current = focus.nonce
    latest.current(focus)
  }, [focus])
}

/** The notebook's epoch while `active`, frozen at its last value while not (a hidden tab does not refetch). */
export function useEpochWhile(active: boolean, epoch: number): number {
  const [seen, setSeen] = useState(epoch)
  if (active && seen !== epoch) setSeen(epoch)
  return active ? epoch : seen
}
