import type { SearchHit, SearchResponse, Snippet } from '../../preload/contract'
import { fileName, formatCount } from './format'
import { segment } from './marked-text'
import { OptionList } from './option-list'

const SNIPPETS_SHOWN = 3

interface SearchResultsProps {
  id: string
  response: SearchResponse | null
  failure: string | null
  pending: boolean
  selected: number
  openId: string | null
  onSelect(index: number): void
  onOpen(index: number): void
  onOpenSnippet(index: number, snippet: Snippet): void
  /** Hits in the notebook shown beside these (then "try fewer words" is not the only way on). */
  noteHits?: number
}

export function SearchResults({ id, response, failure, pending, selected, openId, onSelect, onOpen, onOpenSnippet, noteHits = 0 }: SearchResultsProps) {
  if (failure) {
    return (
      <p className="list-note list-note--problem" role="status">
        Search is unavailable: {failure}
      </p>
    )
  }
  if (!response) {
    return (
      <p className="list-note" role="status" aria-busy={pending}>
        Searching…
      </p>
    )
  }
  if (response.error) {
    return (
      <p className="query-hint" role="status">
        {response.error}
      </p>
    )
  }
  const { results } = response
  return (
    <>
      <div className="list-heading" role="status">
        <span>In sources</span>
        <span className="list-heading__count">
          {results.length === 0 ? 'nothing found' : `${formatCount(response.total)} ${response.total === 1 ? 'document' : 'documents'}`}
        </span>
        {pending && <span className="list-heading__busy" aria-label="Searching" />}
      </div>
      {response.mode === 'any' && results.length > 0 && (
        <p className="query-hint">No document contains all words — showing documents with any of them</p>
      )}
      {results.length === 0 ? (
        noteHits === 0 && <p className="list-note">Try fewer words, or a different spelling.</p>
      ) : (
        <OptionList
          id={id}
          label="Search results"
          count={results.length}
          selected={selected}
          current={results.findIndex((hit) => hit.id === openId)}
          onSelect={onSelect}
          onOpen={onOpen}
          optionTestId="search-result"
          optionKey={(index) => results[index]!.id}
          renderOption={(index) => <ResultItem hit={results[index]!} onOpenSnippet={(snippet) => onOpenSnippet(index, snippet)} />}
        />
      )}
    </>
  )
}

function ResultItem({ hit, onOpenSnippet }: { hit: SearchHit; onOpenSnippet(snippet: Snippet): void }) {
  return (
    <>
      <div className="option__title">{hit.title || fileName(hit.path)}</div>
      <div className="option__meta">
        <span className="hit-count">
          {formatCount(hit.hits)} {hit.hits === 1 ? 'hit' : 'hits'}
        </span>
        <span aria-hidden="true"> · </span>
        <span className="option__file" title={hit.path}>
          {fileName(hit.path)}
        </span>
      </div>
      {hit.snippets.slice(0, SNIPPETS_SHOWN).map((snippet) => (
        <p
          key={snippet.start}
          className="snippet"
          title="Open at this passage"
          onClick={(event) => {
            event.stopPropagation()
            onOpenSnippet(snippet)
          }}
        >
          <span className="snippet__text">
          {snippet.start > 0 && !/^\s*…/.test(snippet.text) && <span className="snippet__ellipsis">… </span>}
          {segment(snippet.text, snippet.start, snippet.marks).map((part) =>
            part.match >= 0 ? <mark key={part.start}>{part.text}</mark> : <span key={part.start}>{part.text}</span>,
          )}
          {!/[….!?"“”»]\s*$/.test(snippet.text) && <span className="snippet__ellipsis"> …</span>}
          </span>
        </p>
      ))}
    </>
  )
}
