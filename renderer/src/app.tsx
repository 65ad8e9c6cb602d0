import { useCallback, useMemo, useRef, useState } from 'react'
import type { HighlightQuery, HighlightView, NoteHit, RevealTarget } from '../../preload/contract'
import { focusedNoteEditor } from './editor/open-link'
import { EmptyState } from './empty-state'
import { ExportDialog } from './export/export-dialog'
import { ImportReportDialog } from './export/import-report-dialog'
import { useImportNotes } from './export/use-import-notes'
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
import { useSayHandler, useUndo } from './toast/use-undo'
import { useUndoShortcut } from './toast/use-undo-shortcut'
import { useAppState } from './use-app-state'
import { prepareClose, useSaveOnPageHide } from './use-close-handshake'
import { useDocument, useMatches } from './use-document'
import { useMenuCommands } from './use-menu-commands'
import { errorMessage } from './format'
import { useReaderNavigation } from './use-reader-navigation'
import { useRevealLinks } from './use-reveal-links'
import { useSearch } from './use-search'

export function App() {
  const { state, indexing, openError, opening, openFolder } = useAppState()
  const corpus = state?.corpus ?? null
  // Identifies the open corpus (and its re-indexings): a change drops what belonged to the old one.
  const generation = corpus ? `${corpus.root}\0${corpus.documents.length}\0${corpus.indexOrigin}` : null
  const notebook = useNotebook(state, opening)

  const [query, setQuery] = useState('')
  const search = useSearch(query, corpus ? `${generation}\0${corpus.contentRevision}` : null)
  const nav = useReaderNavigation(corpus)
  const { openId, openDocument, openPassage } = nav
  // Reloaded when this document changed on disk, not when another one did (that would lose the scroll position).
  const document = useDocument(openId, `${generation}\0${openId === null ? 0 : (corpus?.changedDocuments[openId] ?? 0)}`)
  /** The hash of the text the reader shows, which a selection's offsets refer to. */
  const shownHash = (docId: string): string => {
    if (document.doc?.id !== docId) throw new Error('The document is being reloaded; select the passage again.')
    return document.doc.hash
  }
  const matches = useMatches(document.doc ? openId : null, search.activeQuery)
  // The same question as the pane's default list, so the two share one answer.
  const docList = useHighlightList(notebook.ready && openId ? { docId: openId, sort: 'position' } : null, notebook.epochs.highlights)
  // The last answer may still be another document's: paint only this one's.
  const docHighlights = useMemo(() => (docList.list?.highlights ?? []).filter((h) => h.docId === openId), [docList.list, openId])

  const undo = useUndo()
  useUndoShortcut(undo.undo)
  useSayHandler(undo.say)
  useSaveOnPageHide()
  const [paneFocus, focusPane] = usePaneFocus()
  const [reattaching, setReattaching] = useState<HighlightView | null>(null)
  const [tagsOpen, setTagsOpen] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  // The notebook pane's current filter: the export can take it as its scope.
  const [paneFilter, setPaneFilter] = useState<HighlightQuery | null>(null)
  const importer = useImportNotes()
  const [article, setArticle] = useState<HTMLElement | null>(null)
  const sidebarRef = useRef<SidebarHandle>(null)
  const readerRef = useRef<ReaderHandle>(null)

  useGlobalKeys({
    focusSearch: () => sidebarRef.current?.focusSearch(),
    escape: () => (reattaching ? setReattaching(null) : sidebarRef.current?.escape()),
    stepMatch: (step) => readerRef.current?.step(step),
  })
  useMenuCommands({
    // A note editor undoes in its own history, a field its typing; elsewhere the notebook undoes the last change.
    undo: () => {
      const active = window.document.activeElement
      const editor = focusedNoteEditor(active)
      if (editor) editor.commands.undo()
      else if (isEditable(active)) window.document.execCommand('undo')
      else undo.undo()
    },
    'manage-tags': () => notebook.ready && setTagsOpen(true),
    'new-memo': () => notebook.ready && focusPane({ kind: 'new-memo' }),
    export: () => notebook.ready && setExportOpen(true),
    import: () => notebook.ready && importer.start(),
    'open-folder': openFolder,
    'prepare-close': () => void prepareClose(),
  })

  const reveal = (target: RevealTarget) => (target.range ? openPassage(target.docId, target.range) : openDocument(target.docId))
  useRevealLinks(corpus, reveal, (message) => undo.say(message, true))

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
    if (hit.range) openPassage(hit.docId, hit.range)
    else openDocument(hit.docId)
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
        text={document.doc?.text ?? ''}
        corpusRoot={corpus.root}
        highlights={docHighlights}
        tags={notebook.tags}
        writable={notebook.ready}
        flash={nav.flash}
        reattaching={reattaching}
        onCreate={async (selection, style) => {
          const created = await window.exzerpt.createHighlight({ docId: selection.docId, ...selection.range, docHash: shownHash(selection.docId), ...style }).catch((error: unknown) => {
            // The popover shows the problem too, unless the reader reloaded (the file changed on disk) and took it away.
            undo.say(errorMessage(error), true)
            throw error
          })
          focusPane({ kind: 'highlight', id: created.id, docId: created.docId })
        }}
        onReattach={async (selection) => {
          if (!reattaching) return
          const attached = await window.exzerpt.reattachHighlight(reattaching.id, { docId: selection.docId, ...selection.range, docHash: shownHash(selection.docId) })
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
        onExport={() => setExportOpen(true)}
        onFilterChange={setPaneFilter}
        runUndoable={undo.run}
      />
      <TagManager open={tagsOpen} onClose={() => setTagsOpen(false)} tags={notebook.tags} runUndoable={undo.run} />
      <ExportDialog
        open={exportOpen}
        onClose={() => setExportOpen(false)}
        filter={paneFilter}
        openDocId={openId}
        documents={corpus.documents}
        tags={notebook.tags}
        info={notebook.info}
        epoch={notebook.epoch}
        onReveal={reveal}
      />
      <ImportReportDialog
        outcome={importer.outcome}
        onClose={importer.dismiss}
        onUndo={() => {
          importer.dismiss()
          undo.undo()
        }}
      />
      <UndoToast toast={undo.toast} undoLabel={notebook.info?.undo ?? null} onUndo={undo.undo} onDismiss={undo.dismiss} />
    </div>
  )
}
