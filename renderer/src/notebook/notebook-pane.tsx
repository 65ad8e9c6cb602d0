import { useEffect, useId, useState } from 'react'
import type { DocumentSummary, HighlightView, UndoInfo } from '../../../preload/contract'
import { formatCount } from '../format'
import { HighlightsTab } from './highlights-tab'
import { MemosTab } from './memos-tab'
import { NotebookBanner } from './notebook-banner'
import { NotebookFooter } from './notebook-footer'
import type { PaneFocus } from './pane-focus'
import type { NotebookModel } from './use-notebook'
import './notebook.css'

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
  runUndoable(change: () => Promise<UndoInfo>): void
}

type Tab = 'highlights' | 'memos'

/** The right pane: highlights (with notes, tags, review and lost passages) and memos. */
export function NotebookPane(props: NotebookPaneProps) {
  const { notebook, focus, onManageTags } = props
  const info = notebook.info
  const [tab, setTab] = useState<Tab>('highlights')
  const ids = useId()

  useEffect(() => {
    if (focus?.kind === 'highlight') setTab('highlights')
    else if (focus) setTab('memos')
  }, [focus])

  return (
    <aside className="pane pane--notebook" data-testid="notebook" aria-label="Notebook">
      <header className="pane__header">
        <h2 className="pane__title">Notebook</h2>
        {notebook.ready && (
          <button type="button" className="button button--small" data-testid="manage-tags" title="Manage tags (Ctrl+Shift+T)" onClick={onManageTags}>
            Tags…
          </button>
        )}
      </header>
      {info?.status === 'failed' && <NotebookBanner info={info} />}
      {notebook.ready && info && (
        <>
          <div className="tabs" role="tablist" aria-label="Notebook views">
            {(['highlights', 'memos'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${ids}-${name}`}
                aria-selected={tab === name}
                aria-controls={`${ids}-${name}-panel`}
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
          <div className="notebook__panel" role="tabpanel" id={`${ids}-${tab}-panel`} aria-labelledby={`${ids}-${tab}`}>
            {tab === 'highlights' ? (
              <HighlightsTab
                notebook={notebook}
                documents={props.documents}
                openDocId={props.openDocId}
                focus={focus}
                reattachingId={props.reattachingId}
                onOpen={props.onOpenHighlight}
                onReattach={props.onReattach}
                onCancelReattach={props.onCancelReattach}
                runUndoable={props.runUndoable}
              />
            ) : (
              <MemosTab notebook={notebook} documents={props.documents} openDocId={props.openDocId} focus={focus} runUndoable={props.runUndoable} />
            )}
          </div>
        </>
      )}
      {!info && <div className="pane__body notebook__hint">Opening the notebook…</div>}
      {info && <NotebookFooter info={info} />}
    </aside>
  )
}
