import { useEffect, useLayoutEffect, useRef } from 'react'
import type { CorpusState, RevealTarget } from '../../preload/contract'
import { errorMessage } from './format'

/**
 * Shows the passages exzerpt:// links ask for: one waiting when the corpus is
 * ready (the app was started by the link) and each one arriving later. Main
 * queues the link; the event only says one came, and taking it from the queue
 * makes sure it is shown once.
 */
export function useRevealLinks(corpus: CorpusState | null, show: (target: RevealTarget) => void, refuse: (message: string) => void): void {
  const latest = useRef({ corpus, show, refuse })
  useLayoutEffect(() => {
    latest.current = { corpus, show, refuse }
  })
  const ready = corpus !== null

  useEffect(() => {
    if (!ready) return
    let alive = true
    const take = () => {
      window.exzerpt
        .takeReveal()
        .then((target) => {
          if (!alive || !target) return
          const { corpus: open, show: reveal, refuse: say } = latest.current
          if (open?.documents.some((doc) => doc.id === target.docId)) reveal(target)
          else say(`The link points to “${target.docId}”, which is not in the open folder.`)
        })
        .catch((error: unknown) => alive && latest.current.refuse(`The link could not be opened: ${errorMessage(error)}`))
    }
    take()
    const off = window.exzerpt.on('reveal', take)
    return () => {
      alive = false
      off()
    }
  }, [ready])
}
