import { useCallback, useEffect, useRef, useState } from 'react'
import type { CorpusState, TextRange } from '../../preload/contract'
import type { FlashRequest } from './highlights/reader-annotations'
import type { JumpTarget } from './reader-view'

export interface ReaderNavigation {
  openId: string | null
  jump: JumpTarget | null
  flash: FlashRequest | null
  /** Opens a document, at the search match at or after `offset` when given. */
  openDocument(id: string, offset?: number): void
  /** Opens a document at a passage and flashes it (a highlight opened from the notebook). */
  openPassage(id: string, range: TextRange): void
}

/** Which document the reader shows and where in it. */
export function useReaderNavigation(corpus: CorpusState | null): ReaderNavigation {
  const [openId, setOpenId] = useState<string | null>(null)
  const [jump, setJump] = useState<JumpTarget | null>(null)
  const [flash, setFlash] = useState<FlashRequest | null>(null)
  const nonce = useRef(0)

  // The open document vanished from the corpus (re-opened elsewhere, or deleted): close it.
  useEffect(() => {
    if (!corpus) setOpenId(null)
    else if (openId !== null && !corpus.documents.some((doc) => doc.id === openId)) setOpenId(null)
  }, [corpus, openId])

  const openDocument = useCallback((id: string, offset?: number) => {
    setOpenId(id)
    setJump(offset === undefined ? null : { id, offset, nonce: ++nonce.current })
  }, [])

  const openPassage = useCallback((id: string, range: TextRange) => {
    const n = ++nonce.current
    setOpenId(id)
    setJump({ id, offset: range.start, passage: range, nonce: n })
    setFlash({ docId: id, range, nonce: n })
  }, [])

  return { openId, jump, flash, openDocument, openPassage }
}
