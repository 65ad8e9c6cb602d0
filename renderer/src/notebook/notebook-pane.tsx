import { useId, useState } from 'react'
import type { DocumentSummary, HighlightQuery, HighlightView, UndoInfo } from '../../../preload/contract'
import { onRovingKeyDown } from '../controls/roving'
import { ExportButton } from '../export/export-button'
import { formatCount } from '../format'
import { HighlightsTab } from './highlights-tab'
import { MemosTab } from './memos-tab'
import { NotebookBanner } from './notebook-banner'
import { NotebookFooter } from './notebook-footer'
import { useFocusRequest, type PaneFocus } from './use-pane-focus'
import type { NotebookModel } from './use-notebook'
import './notebook.css'
import './cards.css'

interface NotebookPaneProps {
  notebook: NotebookModel
  documents: readonly DocumentSummary[]
  openDocId: string | null
  focus: PaneFocus | null
  reattachingId: string | null
  onOpenHighlight(highlight: HighlightView): void
  onReattach(highlight: HighlightView): void
  onCancelReattach(): void
  onManageTags(): void
  onExport(): void
  /** The highlights list's current query (null while the list is not shown), for the export's "Current filter". */
  onFilterChange(query: HighlightQuery | null): void
  runUndoable(change: () => Promise<UndoInfo>): void
}

const TABS = ['highlights', 'memos'] as const
type Tab = (typeof TABS)[number]

/** The right pane: highlights (with notes, tags, review and lost passages) and memos. */
export function NotebookPane(props: NotebookPaneProps) {
  const { notebook, focus, onManageTags, onExport } = props
  const info = notebook.info
  const [tab, setTab] = useState<Tab>('highlights')
  const ids = useId()

  useFocusRequest(focus, (request) => setTab(request.kind === 'highlight' ? 'highlights' : 'memos'))

  return (
    <aside className="pane pane--notebook" data-testid="notebook" aria-label="Notebook">
      <header className="pane__header">
        <h2 className="pane__title">Notebook</h2>
        {notebook.ready && (
          <div className="pane__actions">
            <ExportButton onClick={onExport} />
            <button type="button" className="button button--small" data-testid="manage-tags" title="Manage tags (Ctrl+Shift+T)" onClick={onManageTags}>
              Manage tags…
            </button>
          </div>
        )}
      </header>
      {info?.status === 'failed' && <NotebookBanner info={info} />}
      {info?.status === 'open' && !notebook.ready && (
        <p className="notebook__hint" data-testid="notebook-switching">
          Opening another folder… This notebook is saved and closes when the new folder is ready.
        </p>
      )}
      {notebook.ready && info && (
        <>
          <div className="tabs" role="tablist" aria-label="Notebook views" onKeyDown={(event) => onRovingKeyDown(event, (i) => setTab(TABS[i]!))}>
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${ids}-${name}`}
                aria-selected={tab === name}
                aria-controls={`${ids}-${name}-panel`}
                tabIndex={tab === name ? 0 : -1}
                data-roving=""
                className="tabs__tab"
                data-testid={`tab-${name}`}
                onClick={() => setTab(name)}
              >
                {name === 'highlights' ? 'Highlights' : 'Memos'}
                <span className="tabs__count">{formatCount(name === 'highlights' ? info.highlights : info.memos)}</span>
                {name === 'highlights' && info.review + info.orphans > 0 && (
                  <span
                    className="tabs__alert"
                    role="img"
                    aria-label={`${info.review} to check, ${info.orphans} lost`}
                    title={`${info.review} to check, ${info.orphans} lost`}
                  />
                )}
              </button>
            ))}
          </div>
          {/* Both stay mounted (the hidden one frozen), so filters, open cards and drafts survive a switch. */}
          <div className="notebook__panel" role="tabpanel" id={`${ids}-highlights-panel`} aria-labelledby={`${ids}-highlights`} hidden={tab !== 'highlights'}>
            <HighlightsTab
              active={tab === 'highlights'}
              notebook={notebook}
              documents={props.documents}
              openDocId={props.openDocId}
              focus={focus}
              reattachingId={props.reattachingId}
              onOpen={props.onOpenHighlight}
              onReattach={props.onReattach}
              onCancelReattach={props.onCancelReattach}
              onQueryChange={props.onFilterChange}
              runUndoable={props.runUndoable}
            />
          </div>
          <div className="notebook__panel" role="tabpanel" id={`${ids}-memos-panel`} aria-labelledby={`${ids}-memos`} hidden={tab !== 'memos'}>
            <MemosTab active={tab === 'memos'} notebook={notebook} documents={props.documents} openDocId={props.openDocId} focus={focus} runUndoable={props.runUndoable} />
          </div>
        </>
      )}
      {!info && <div className="pane__body notebook__hint">Opening the notebook…</div>}
      {info && <NotebookFooter info={info} />}
    </aside>
  )
}
