import { useRef, useState } from 'react'
import type { DocumentSummary, MemoView, UndoInfo } from '../../../preload/contract'
import { ProblemNotice } from '../controls/problem-notice'
import { SegmentedChoice } from '../controls/segmented-choice'
import { fileName } from '../format'
import { MemoCard } from './memo-card'
import { useMemos } from './use-memos'
import { useEpochWhile, useFocusRequest, type PaneFocus } from './use-pane-focus'
import type { NotebookModel } from './use-notebook'

interface MemosTabProps {
  /** False while the tab is hidden: it keeps its state but does not refetch. */
  active: boolean
  notebook: NotebookModel
  documents: readonly DocumentSummary[]
  openDocId: string | null
  focus: PaneFocus | null
  runUndoable(change: () => Promise<UndoInfo>): void
}

interface Draft {
  key: number
  docId: string | null
  memo: MemoView | null
}

/** Memos on the open document, on the whole notebook, and on other documents. */
export function MemosTab({ active, notebook, documents, openDocId, focus, runUndoable }: MemosTabProps) {
  const { memos, error } = useMemos(notebook.ready, useEpochWhile(active, notebook.epochs.memos))
  const [expanded, setExpanded] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const drafts = useRef(0)
  const listRef = useRef<HTMLDivElement>(null)
  const titles = new Map(documents.map((d) => [d.id, d.title || fileName(d.path)]))
  const about = (docId: string | null) => (docId === null ? null : (titles.get(docId) ?? docId))

  const newMemo = (docId: string | null) => {
    setExpanded(null)
    setDraft({ key: ++drafts.current, docId, memo: null })
  }

  useFocusRequest(focus, (request) => {
    if (request.kind === 'new-memo') newMemo(openDocId)
    if (request.kind === 'memo') {
      setDraft(null)
      setExpanded(request.id)
      requestAnimationFrame(() => listRef.current?.querySelector(`[data-memo-id="${CSS.escape(request.id)}"]`)?.scrollIntoView({ block: 'nearest' }))
    }
  })

  const listed = (memos ?? []).filter((m) => m.id !== draft?.memo?.id)
  const sections: { title: string; items: MemoView[]; showAbout: boolean }[] = [
    { title: 'This document', items: openDocId ? listed.filter((m) => m.docId === openDocId) : [], showAbout: false },
    { title: 'Whole notebook', items: listed.filter((m) => m.docId === null), showAbout: false },
    { title: 'Other documents', items: listed.filter((m) => m.docId !== null && m.docId !== openDocId), showAbout: true },
  ]

  const card = (memo: MemoView, showAbout: boolean) => (
    <MemoCard
      key={memo.id}
      memo={memo}
      about={about(memo.docId)}
      showAbout={showAbout}
      expanded={expanded === memo.id}
      onExpand={() => {
        setDraft(null)
        setExpanded(memo.id)
      }}
      onCollapse={() => setExpanded(null)}
      runUndoable={runUndoable}
    />
  )

  return (
    <div className="pane__scroll notebook__list" ref={listRef}>
      <div className="memos__new">
        <button type="button" className="button button--small" data-testid="new-memo" title="New memo (Ctrl+Shift+M)" onClick={() => newMemo(openDocId)}>
          New memo
        </button>
      </div>
      <ProblemNotice className="notebook__notice">{error}</ProblemNotice>
      {draft && (
        <div className="memos__draft">
          <MemoCard
            key={draft.key}
            memo={draft.memo}
            about={about(draft.docId)}
            aboutControl={
              !draft.memo && openDocId ? (
                <SegmentedChoice
                  label="The memo is about"
                  value={draft.docId}
                  options={[
                    { value: openDocId, label: 'This document' },
                    { value: null, label: 'Whole notebook' },
                  ]}
                  onChange={(docId) => setDraft({ ...draft, docId })}
                />
              ) : undefined
            }
            expanded
            onExpand={() => {}}
            onCollapse={() => setDraft(null)}
            draftDocId={draft.docId}
            draftKey={draft.key}
            onCreated={(memo) => setDraft((d) => (d && d.key === draft.key ? { ...d, memo } : d))}
            runUndoable={runUndoable}
          />
        </div>
      )}
      {memos && memos.length === 0 && !draft && (
        <p className="notebook__hint">Memos are notes of their own: thoughts about a document, or about the whole collection.</p>
      )}
      {sections.map(
        (section) =>
          section.items.length > 0 && (
            <section key={section.title} className="memos__section" aria-label={section.title}>
              <h3 className="section-heading">
                {section.title} <span className="section-heading__count">{section.items.length}</span>
              </h3>
              <div className="memos__list">{section.items.map((memo) => card(memo, section.showAbout))}</div>
            </section>
          ),
      )}
    </div>
  )
}
