import { useMemo, useState } from 'react'
import type { DocumentSummary, ExportRequest, ExportSaveResult, HighlightQuery, NotebookInfo, RevealTarget, TagView } from '../../../preload/contract'
import { CloseButton } from '../controls/buttons'
import { errorMessage, fileName } from '../format'
import { hasContent, plural } from './describe-counts'
import { describeFilter } from './describe-filter'
import { DEFAULT_CHOICES, effectiveScope, exportRequest, initialScope, isFilterActive, type ExportChoices } from './export-choices'
import { ExportOptions } from './export-options'
import { ExportPreview, type PreviewView } from './export-preview'
import { previewLink } from './preview-link'
import { useExportPreview, type ExportPreviewState } from './use-export-preview'
import { useModalDialog } from './use-modal-dialog'
import './export.css'

interface ExportDialogProps {
  open: boolean
  onClose(): void
  /** The notebook pane's current query (null while it shows no highlight list). */
  filter: HighlightQuery | null
  openDocId: string | null
  documents: readonly DocumentSummary[]
  tags: readonly TagView[]
  info: NotebookInfo | null
  /** Changes with every notebook change: the preview follows. */
  epoch: number
  /** Opens a passage in the reader (a deep link clicked in the preview). */
  onReveal(target: RevealTarget): void
}

type Outcome = { kind: 'saved' | 'problem'; text: string } | null

/**
 * Saving writes what the preview shows: only once the preview answers the options as
 * they are now (not the last ones, in the moment after a change), and not an empty file.
 * (The buttons are aria-disabled, not disabled, until then: a disabled button drops the
 * focus to the page.)
 */
function saveable(state: ExportPreviewState, request: ExportRequest): boolean {
  const { preview, request: answered } = state
  if (!preview || !answered || state.loading || state.error) return false
  return JSON.stringify(answered) === JSON.stringify(request) && hasContent(preview.counts, answered)
}

/**
 * Export with a live preview: what (whole notebook, the pane's filter, this
 * document), in which format and grouping, with or without notes, memos and lost
 * passages. Main builds the export and shows the save dialog; this only asks.
 */
export function ExportDialog({ open, onClose, filter, openDocId, documents, tags, info, epoch, onReveal }: ExportDialogProps) {
  const dialog = useModalDialog(open, onClose)
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES)
  const [view, setView] = useState<PreviewView>('rendered')
  const [busy, setBusy] = useState<'file' | 'vault' | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const [shown, setShown] = useState(false)

  const context = useMemo(() => ({ filter, openDocId }), [filter, openDocId])
  // On opening: start on what the user is looking at; the other choices stay as last time.
  if (open !== shown) {
    setShown(open)
    if (open) {
      setChoices((c) => ({ ...c, scope: initialScope(context) }))
      setOutcome(null)
    }
  }

  const request = useMemo(() => exportRequest(choices, context), [choices, context])
  const state = useExportPreview(open ? request : null, epoch)
  const scope = effectiveScope(choices, context)
  const openDoc = openDocId ? documents.find((d) => d.id === openDocId) : undefined
  const filterWords = isFilterActive(filter, openDocId) ? describeFilter(filter, { tags, documents, openDocId }) : null
  const ready = busy === null && saveable(state, request)
  const markdown = choices.format === 'md'

  const change = (next: ExportChoices) => {
    setChoices(next)
    setOutcome(null)
  }

  const save = (kind: 'file' | 'vault') => {
    if (!ready) return
    setBusy(kind)
    setOutcome(null)
    const saving: Promise<ExportSaveResult> = kind === 'file' ? window.exzerpt.saveExport(request) : window.exzerpt.exportVault(request)
    saving
      .then((result) => {
        if (result.status !== 'saved') return
        const text = kind === 'file' ? `Saved to ${result.path}` : `${plural(result.files, 'note', 'notes')} written to ${result.path}`
        setOutcome({ kind: 'saved', text })
      })
      .catch((error: unknown) => setOutcome({ kind: 'problem', text: `Could not save the export: ${errorMessage(error)}` }))
      .finally(() => setBusy(null))
  }

  const followLink = (href: string) => {
    const link = previewLink(href, documents)
    if (link.kind === 'refused') setOutcome({ kind: 'problem', text: link.message })
    if (link.kind === 'external') void window.exzerpt.openExternal(link.url).catch((error: unknown) => setOutcome({ kind: 'problem', text: errorMessage(error) }))
    if (link.kind !== 'reveal') return
    onClose()
    onReveal(link.target)
  }

  return (
    <dialog
      ref={dialog.ref}
      className="dialog export-dialog"
      aria-labelledby="export-dialog-title"
      data-testid="export-dialog"
      onKeyDown={dialog.onKeyDown}
      onCancel={dialog.onCancel}
    >
      <header className="dialog__header">
        <h2 className="dialog__title" id="export-dialog-title">
          Export notes
        </h2>
        <CloseButton title="Close (Esc)" onClick={onClose} />
      </header>
      <div className="export-dialog__body">
        <ExportOptions
          choices={choices}
          scope={scope}
          onChange={change}
          notebookSummary={info ? `${plural(info.highlights, 'highlight', 'highlights')}, ${plural(info.memos, 'memo', 'memos')}` : 'Everything in the notebook'}
          filterWords={filterWords}
          documentTitle={openDoc ? openDoc.title || fileName(openDoc.path) : null}
        />
        {open && <ExportPreview state={state} view={view} onViewChange={setView} onLink={followLink} />}
      </div>
      <footer className="export-dialog__footer">
        <p className={`export-dialog__outcome${outcome?.kind === 'problem' ? ' is-problem' : ''}`} role="status" data-testid="export-outcome">
          {busy ? 'Saving…' : outcome?.text}
        </p>
        {markdown && (
          <button
            type="button"
            className="button button--small"
            data-testid="export-vault"
            title="One Markdown note per document (for Obsidian and similar), in a folder you choose"
            aria-disabled={!ready}
            onClick={() => save('vault')}
          >
            Export as notes into a folder…
          </button>
        )}
        <button type="button" className="button button--small" onClick={onClose}>
          {outcome?.kind === 'saved' ? 'Close' : 'Cancel'}
        </button>
        <button type="button" className="button button--small button--accent" data-testid="export-save" aria-disabled={!ready} onClick={() => save('file')}>
          Save…
        </button>
      </footer>
    </dialog>
  )
}
