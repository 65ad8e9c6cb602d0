import { useCallback, useEffect, useRef, useState } from 'react'
import type { Snippet } from '../../preload/contract'
import { DocumentList } from './document-list'
import { EmptyState } from './empty-state'
import { useGlobalKeys } from './keyboard'
import { NotebookPane } from './notebook-pane'
import { optionId } from './option-list'
import { ProblemsList } from './problems-list'
import { IndexingProgress } from './progress-bar'
import { ReaderView, type JumpTarget, type ReaderHandle } from './reader-view'
import { SearchBox } from './search-box'
import { SearchResults } from './search-results'
import { useAppState } from './use-app-state'
import { useDocument, useMatches } from './use-document'
import { useSearch } from './use-search'

const RESULTS_ID = 'search-results'
const DOCUMENTS_ID = 'document-list'

export function App() {
  const { state, indexing, openError, opening, openFolder } = useAppState()
  const corpus = state?.corpus ?? null
  // Identifies the open corpus (and its re-indexings): a change drops what belonged to the old one.
  const generation = corpus ? `${corpus.root}\0${corpus.documents.length}\0${corpus.indexOrigin}` : null

  const [query, setQuery] = useState('')
  const search = useSearch(query, generation)
  const results = search.response && !search.response.error ? search.response.results : []
  const showingResults = query.trim() !== ''

  const [openId, setOpenId] = useState<string | null>(null)
  const [jump, setJump] = useState<JumpTarget | null>(null)
  const [selectedResult, setSelectedResult] = useState(0)
  const [selectedDoc, setSelectedDoc] = useState(-1)

  const document = useDocument(openId, generation)
  const matches = useMatches(document.doc ? openId : null, search.activeQuery)

  const searchRef = useRef<HTMLInputElement>(null)
  const readerRef = useRef<ReaderHandle>(null)
  const jumpNonce = useRef(0)

  // A new result list starts with its first entry selected (Enter opens it).
  useEffect(() => setSelectedResult(0), [search.response])

  // The open document vanished from the corpus (re-opened elsewhere, or deleted): close it.
  useEffect(() => {
    if (!corpus) setOpenId(null)
    else if (openId !== null && !corpus.documents.some((doc) => doc.id === openId)) setOpenId(null)
  }, [corpus, openId])

  const openDocument = useCallback((id: string, offset?: number) => {
    setOpenId(id)
    setJump(offset === undefined ? null : { id, offset, nonce: ++jumpNonce.current })
  }, [])

  const openResult = (index: number) => {
    const hit = results[index]
    if (hit) openDocument(hit.id)
  }
  const openSnippet = (index: number, snippet: Snippet) => {
    const hit = results[index]
    if (!hit) return
    setSelectedResult(index)
    openDocument(hit.id, snippet.marks[0]?.start ?? snippet.start)
  }
  const documents = corpus?.documents
  const openListed = useCallback(
    (index: number) => {
      const doc = documents?.[index]
      if (doc) openDocument(doc.id)
    },
    [documents, openDocument],
  )

  const move = (step: 1 | -1) => {
    if (showingResults) {
      if (results.length) setSelectedResult((i) => Math.min(results.length - 1, Math.max(0, i + step)))
    } else {
      const n = corpus?.documents.length ?? 0
      if (n) setSelectedDoc((i) => Math.min(n - 1, Math.max(0, i < 0 ? 0 : i + step)))
    }
  }
  const openSelected = () => {
    if (showingResults) openResult(selectedResult)
    else if (selectedDoc >= 0) openListed(selectedDoc)
  }
  const clearSearch = () => {
    setQuery('')
    searchRef.current?.blur()
  }

  useGlobalKeys({
    focusSearch: () => {
      searchRef.current?.focus()
      searchRef.current?.select()
    },
    escape: () => {
      const active = window.document.activeElement
      if (query || active === searchRef.current) clearSearch()
    },
    stepMatch: (step) => readerRef.current?.step(step),
  })

  if (!state) return <div className="app app--loading" aria-busy="true" />
  if (!corpus) return <EmptyState error={openError ?? state.error} progress={indexing} opening={opening} onOpenFolder={openFolder} />

  const activeOption = showingResults
    ? results.length && selectedResult >= 0
      ? optionId(RESULTS_ID, selectedResult)
      : undefined
    : selectedDoc >= 0
      ? optionId(DOCUMENTS_ID, selectedDoc)
      : undefined

  return (
    <div className="app">
      <nav className="pane pane--sidebar" aria-label="Corpus">
        <header className="pane__header sidebar__header">
          <div className="sidebar__corpus">
            <span className="sidebar__app">Exzerpt</span>
            <span className="sidebar__name" title={corpus.root}>
              {corpus.name}
            </span>
          </div>
          <button
            type="button"
            className="button button--small"
            data-testid="header-open-folder"
            aria-label="Open another folder"
            title="Open another folder"
            disabled={opening}
            onClick={openFolder}
          >
            Open folder…
          </button>
        </header>
        <div className="sidebar__search">
          <SearchBox
            ref={searchRef}
            value={query}
            onChange={setQuery}
            onMove={move}
            onOpen={openSelected}
            onClear={clearSearch}
            listId={showingResults ? RESULTS_ID : DOCUMENTS_ID}
            activeOptionId={activeOption}
            busy={search.pending}
          />
        </div>
        {indexing && (
          <div className="sidebar__progress">
            <IndexingProgress initial={indexing} />
          </div>
        )}
        {(openError || state.error) && (
          <p className="notice notice--problem sidebar__notice" role="alert">
            {openError ?? state.error}
          </p>
        )}
        <div className="pane__scroll sidebar__list">
          {showingResults ? (
            <SearchResults
              id={RESULTS_ID}
              response={search.response}
              failure={search.failure}
              pending={search.pending}
              selected={selectedResult}
              openId={openId}
              onSelect={setSelectedResult}
              onOpen={openResult}
              onOpenSnippet={openSnippet}
            />
          ) : (
            <DocumentList
              id={DOCUMENTS_ID}
              documents={corpus.documents}
              selected={selectedDoc}
              openId={openId}
              onSelect={setSelectedDoc}
              onOpen={openListed}
            />
          )}
        </div>
        <ProblemsList skipped={corpus.skipped} />
      </nav>
      <ReaderView
        ref={readerRef}
        doc={document.doc}
        loading={document.loading}
        error={document.error}
        query={search.activeQuery}
        matches={matches}
        jump={jump}
      />
      <NotebookPane />
    </div>
  )
}
