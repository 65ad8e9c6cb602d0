import { useEffect, useState } from 'react'
import type { ExportPreview, ExportRequest } from '../../../preload/contract'
import { errorMessage } from '../format'

export interface ExportPreviewState {
  /** The latest answer (kept while a newer one is on its way, so the view does not blink). */
  preview: ExportPreview | null
  /** The request `preview` answers (its counts are described with that request's options). */
  request: ExportRequest | null
  error: string | null
  /** A newer answer is on its way. */
  loading: boolean
}

const EMPTY: ExportPreviewState = { preview: null, request: null, error: null, loading: false }

/**
 * Asks main for the export as it would be saved, a moment after the options stop
 * changing (each answer builds the whole export), and again when the notebook
 * changes (`epoch`). Answers to older questions are dropped. `request` null: the
 * dialog is closed, and the last preview is let go.
 */
export function useExportPreview(request: ExportRequest | null, epoch: number, delayMs = 150): ExportPreviewState {
  const [state, setState] = useState<ExportPreviewState>(EMPTY)
  const key = request === null ? null : JSON.stringify(request)

  useEffect(() => {
    if (key === null) {
      setState(EMPTY)
      return
    }
    let alive = true
    const asked = JSON.parse(key) as ExportRequest
    setState((s) => ({ ...s, loading: true }))
    const timer = window.setTimeout(() => {
      window.exzerpt
        .previewExport(asked)
        .then((preview) => alive && setState({ preview, request: asked, error: null, loading: false }))
        .catch((error: unknown) => alive && setState({ preview: null, request: asked, error: errorMessage(error), loading: false }))
    }, delayMs)
    return () => {
      alive = false
      window.clearTimeout(timer)
    }
  }, [key, epoch, delayMs])

  return state
}
