import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import type { CorpusState, IndexProgress, NoteHit, Snippet } from '../../preload/contract'
import { ProblemNotice } from './controls/problem-notice'
import { DocumentList } from './document-list'
import { optionId } from './option-list'
import { ProblemsList } from './problems-list'
import { IndexingProgress } from './progress-bar'
import { NoteHits } from './search/note-hits'
import { SearchBox } from './search-box'
import { SearchResults } from './search-results'
import type { SearchModel } from './use-search'

const RESULTS_ID = 'search-results'
const DOCUMENTS_ID = 'document-list'

export interface SidebarHandle {
  focusSearch(): void
  /** Esc: clears the search when there is one or the box has focus. */
  escape(): void
}

interface SidebarProps {
  ref: Ref<SidebarHandle>
  corpus: CorpusState
  error: string | null
  indexing: IndexProgress | null
  opening: boolean
  onOpenFolder(): void
  query: string
  onQueryChange(query: string): void
  search: SearchModel
  openId: string | null
  onOpenDocument(id: string, offset?: number): void
  onOpenNoteHit(hit: NoteHit): void
}

/** The left pane: the corpus, the search box, results (sources and notebook) or the document list, problems. */
export function Sidebar({ ref, corpus, error, indexing, opening, onOpenFolder, query, onQueryChange, search, openId, onOpenDocument, onOpenNoteHit }: SidebarProps) {
  const results = search.response && !search.response.error ? search.response.results : []
  const noteHits = search.response && !search.response.error ? search.response.notes : []
  const showingResults = query.trim() !== ''
  const [selectedResult, setSelectedResult] = useState(0)
  const [selectedDoc, setSelectedDoc] = useState(-1)
  const searchRef = useRef<HTMLInputElement>(null)

  // A new result list starts with its first entry selected (Enter opens it).
  useEffect(() => setSelectedResult(0), [search.response])

  const openResult = (index: number) => {
    const hit = results[index]
    if (hit) onOpenDocument(hit.id)
  }
  const openSnippet = (index: number, snippet: Snippet) => {
    const hit = results[index]
    if (!hit) return
    setSelectedResult(index)
    onOpenDocument(hit.id, snippet.marks[0]?.start ?? snippet.start)
  }
  const documents = corpus.documents
  const openListed = useCallback(
    (index: number) => {
      const doc = documents[index]
      if (doc) onOpenDocument(doc.id)
    },
    [documents, onOpenDocument],
  )

  const move = (step: 1 | -1) => {
    if (showingResults) {
      if (results.length) setSelectedResult((i) => Math.min(results.length - 1, Math.max(0, i + step)))
    } else if (documents.length) {
      setSelectedDoc((i) => Math.min(documents.length - 1, Math.max(0, i < 0 ? 0 : i + step)))
    }
  }
  const openSelected = () => {
    if (showingResults) openResult(selectedResult)
    else if (selectedDoc >= 0) openListed(selectedDoc)
  }
  const clearSearch = () => {
    onQueryChange('')
    searchRef.current?.blur()
  }

  useImperativeHandle(ref, () => ({
    focusSearch: () => {
      searchRef.current?.focus()
      searchRef.current?.select()
    },
    escape: () => {
      if (query || document.activeElement === searchRef.current) clearSearch()
    },
  }))

  const activeOption = showingResults
    ? results.length && selectedResult >= 0
      ? optionId(RESULTS_ID, selectedResult)
      : undefined
    : selectedDoc >= 0
      ? optionId(DOCUMENTS_ID, selectedDoc)
      : undefined

  return (
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
          onClick={onOpenFolder}
        >
          Open folder…
        </button>
      </header>
      <div className="sidebar__search">
        <SearchBox
          ref={searchRef}
          value={query}
          onChange={onQueryChange}
          onMove={move}
          onOpen={openSelected}
          onClear={clearSearch}
          listId={showingResults ? (results.length > 0 ? RESULTS_ID : undefined) : documents.length > 0 ? DOCUMENTS_ID : undefined}
          activeOptionId={activeOption}
          busy={search.pending}
        />
      </div>
      {indexing && (
        <div className="sidebar__progress">
          <IndexingProgress initial={indexing} />
        </div>
      )}
      <ProblemNotice className="sidebar__notice">{error}</ProblemNotice>
      <div className="pane__scroll sidebar__list">
        {showingResults ? (
          <>
            <NoteHits hits={noteHits} onOpen={onOpenNoteHit} />
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
              noteHits={noteHits.length}
            />
          </>
        ) : (
          <DocumentList id={DOCUMENTS_ID} documents={documents} selected={selectedDoc} openId={openId} onSelect={setSelectedDoc} onOpen={openListed} />
        )}
      </div>
      <ProblemsList skipped={corpus.skipped} />
    </nav>
  )
}
