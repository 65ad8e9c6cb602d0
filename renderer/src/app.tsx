import { useCallback, useMemo, useRef, useState } from 'react'
import type { HighlightView, NoteHit } from '../../preload/contract'
import { EmptyState } from './empty-state'
import { errorMessage } from './format'
import { ReattachBar } from './highlights/reattach-bar'
import { ReaderAnnotations } from './highlights/reader-annotations'
import { isEditable, useGlobalKeys } from './keyboard'
import { NotebookPane } from './notebook/notebook-pane'
import { useHighlightList } from './notebook/use-highlight-list'
import { useNotebook } from './notebook/use-notebook'
import { usePaneFocus } from './notebook/use-pane-focus'
import { ReaderView, type ReaderHandle } from './reader-view'
import { Sidebar, type SidebarHandle } from './sidebar'
import { TagManager } from './tags/tag-manager'
import { UndoToast } from './toast/undo-toast'
import { useUndo } from './toast/use-undo'
import { useAppState } from './use-app-state'
import { useDocument, useMatches } from './use-document'
import { useMenuCommands } from './use-menu-commands'
import { useReaderNavigation } from './use-reader-navigation'
import { useRevealLinks } from './use-reveal-links'
import { useSearch } from './use-search'

export function App() {
  const { state, indexing, openError, opening, openFolder } = useAppState()
  const corpus = state?.corpus ?? null
  // Identifies the open corpus (and its re-indexings): a change drops what belonged to the old one.
  const generation = corpus ? `${corpus.root}\0${corpus.documents.length}\0${corpus.indexOrigin}` : null
  const notebook = useNotebook(state)

  const [query, setQuery] = useState('')
  const search = useSearch(query, generation)
  const nav = useReaderNavigation(corpus)
  const { openId, openDocument, openPassage } = nav
  const document = useDocument(openId, generation)
  const matches = useMatches(document.doc ? openId : null, search.activeQuery)
  const docList = useHighlightList(notebook.ready && openId ? { docId: openId } : null, notebook.epoch)
  // The last answer may still be another document's: paint only this one's.
  const docHighlights = useMemo(() => (docList.list?.highlights ?? []).filter((h) => h.docId === openId), [docList.list, openId])

  const undo = useUndo()
  const [paneFocus, focusPane] = usePaneFocus()
  const [reattaching, setReattaching] = useState<HighlightView | null>(null)
  const [tagsOpen, setTagsOpen] = useState(false)
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const sidebarRef = useRef<SidebarHandle>(null)
  const readerRef = useRef<ReaderHandle>(null)

  useGlobalKeys({
    focusSearch: () => sidebarRef.current?.focusSearch(),
    escape: () => (reattaching ? setReattaching(null) : sidebarRef.current?.escape()),
    stepMatch: (step) => readerRef.current?.step(step),
  })
  useMenuCommands({
    // In a field the field undoes its typing; elsewhere the notebook undoes the last change.
    undo: () => (isEditable(window.document.activeElement) ? window.document.execCommand('undo') : undo.undo()),
    'manage-tags': () => notebook.ready && setTagsOpen(true),
    'new-memo': () => notebook.ready && focusPane({ kind: 'new-memo' }),
  })

  useRevealLinks(corpus, (target) => (target.range ? openPassage(target.docId, target.range) : openDocument(target.docId)), (message) => undo.say(message, true))

  const showHighlight = useCallback(
    (h: HighlightView) => {
      if (h.range && h.docAvailable) openPassage(h.docId, h.range)
      else if (h.docAvailable) openDocument(h.docId)
    },
    [openDocument, openPassage],
  )

  const openNoteHit = (hit: NoteHit) => {
    if (hit.kind === 'memo') {
      if (hit.docId) openDocument(hit.docId)
      focusPane({ kind: 'memo', id: hit.id })
      return
    }
    if (!hit.docId) return
    focusPane({ kind: 'highlight', id: hit.id, docId: hit.docId })
    window.exzerpt
      .listHighlights({ docId: hit.docId })
      .then((list) => {
        const found = list.highlights.find((h) => h.id === hit.id)
        if (found) showHighlight(found)
        else openDocument(hit.docId!)
      })
      .catch((error: unknown) => undo.say(errorMessage(error), true))
  }

  const startReattach = (h: HighlightView) => {
    setReattaching(h)
    if (h.docAvailable && openId !== h.docId) openDocument(h.docId)
  }

  if (!state) return <div className="app app--loading" aria-busy="true" />
  if (!corpus) return <EmptyState error={openError ?? state.error} progress={indexing} opening={opening} onOpenFolder={openFolder} />

  return (
    <div className="app">
      <Sidebar
        ref={sidebarRef}
        corpus={corpus}
        error={openError ?? state.error}
        indexing={indexing}
        opening={opening}
        onOpenFolder={openFolder}
        query={query}
        onQueryChange={setQuery}
        search={search}
        openId={openId}
        onOpenDocument={openDocument}
        onOpenNoteHit={openNoteHit}
      />
      <ReaderView
        ref={readerRef}
        articleRef={setArticle}
        doc={document.doc}
        loading={document.loading}
        error={document.error}
        query={search.activeQuery}
        matches={matches}
        jump={nav.jump}
        banner={reattaching && <ReattachBar highlight={reattaching} onCancel={() => setReattaching(null)} />}
      />
      <ReaderAnnotations
        article={document.doc ? article : null}
        docId={document.doc?.id ?? null}
        highlights={docHighlights}
        tags={notebook.tags}
        writable={notebook.ready}
        flash={nav.flash}
        reattaching={reattaching}
        onCreate={async (selection, style) => {
          const created = await window.exzerpt.createHighlight({ docId: selection.docId, ...selection.range, ...style })
          focusPane({ kind: 'highlight', id: created.id, docId: created.docId })
        }}
        onReattach={async (selection) => {
          if (!reattaching) return
          const attached = await window.exzerpt.reattachHighlight(reattaching.id, { docId: selection.docId, ...selection.range })
          setReattaching(null)
          focusPane({ kind: 'highlight', id: attached.id, docId: attached.docId })
        }}
        onOpenHighlight={(h) => focusPane({ kind: 'highlight', id: h.id, docId: h.docId })}
      />
      <NotebookPane
        notebook={notebook}
        documents={corpus.documents}
        openDocId={openId}
        focus={paneFocus}
        reattachingId={reattaching?.id ?? null}
        onOpenHighlight={showHighlight}
        onReattach={startReattach}
        onCancelReattach={() => setReattaching(null)}
        onManageTags={() => setTagsOpen(true)}
        runUndoable={undo.run}
      />
      <TagManager open={tagsOpen} onClose={() => setTagsOpen(false)} tags={notebook.tags} runUndoable={undo.run}>
        <UndoToast toast={undo.toast} onUndo={undo.undo} onDismiss={undo.dismiss} />
      </TagManager>
      {!tagsOpen && <UndoToast toast={undo.toast} onUndo={undo.undo} onDismiss={undo.dismiss} />}
    </div>
  )
}
