import { useEffect, useState } from 'react'
import type { MemoView } from '../../../preload/contract'
import { errorMessage } from '../format'

/** The notebook's memos, asked for again after every notebook change. */
export function useMemos(ready: boolean, epoch: number): { memos: MemoView[] | null; error: string | null } {
  const [answer, setAnswer] = useState<{ memos: MemoView[] | null; error: string | null }>({ memos: null, error: null })
  useEffect(() => {
    if (!ready) {
      setAnswer({ memos: null, error: null })
      return
    }
    let alive = true
    window.exzerpt
      .listMemos()
      .then((memos) => alive && setAnswer({ memos, error: null }))
      .catch((error: unknown) => alive && setAnswer({ memos: null, error: errorMessage(error) }))
    return () => {
      alive = false
    }
  }, [ready, epoch])
  return answer
}
