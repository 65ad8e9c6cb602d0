import type { DocumentSummary, TagView } from '../../../preload/contract'
import { SegmentedChoice } from '../controls/segmented-choice'
import { fileName } from '../format'
import { TagChip } from '../tags/tag-chip'
import { tagTree, treeRows } from '../tags/tag-tree'
import type { HighlightFilter } from './highlight-query'

interface HighlightFiltersProps {
  filter: HighlightFilter
  onChange(filter: HighlightFilter): void
  documents: readonly DocumentSummary[]
  openDocId: string | null
  tags: readonly TagView[]
}

/** The scope as the select shows it: "This document" with nothing open shows all, so it says so. */
const scopeValue = (filter: HighlightFilter, openDocId: string | null) =>
  typeof filter.scope !== 'string' ? `doc:${filter.scope.docId}` : filter.scope === 'open' && !openDocId ? 'all' : filter.scope

/** Which highlights the list shows: document, words, tags (all-of / any-of), order. */
export function HighlightFilters({ filter, onChange, documents, openDocId, tags }: HighlightFiltersProps) {
  const set = (patch: Partial<HighlightFilter>) => onChange({ ...filter, ...patch })
  const byId = new Map(tags.map((t) => [t.id, t]))
  const rows = treeRows(tagTree(tags)).filter((row) => row.tag && !filter.tagIds.includes(row.tag.id))
  return (
    <div className="hl-filters" data-testid="highlight-filters">
      <div className="hl-filters__row">
        <select
          className="select"
          aria-label="Show highlights from"
          data-testid="filter-scope"
          value={scopeValue(filter, openDocId)}
          onChange={(event) => {
            const value = event.target.value
            set({ scope: value === 'open' || value === 'all' ? value : { docId: value.slice(4) } })
          }}
        >
          <option value="open" disabled={!openDocId}>
            This document
          </option>
          <option value="all">All documents</option>
          <optgroup label="One document">
            {documents.map((doc) => (
              <option key={doc.id} value={`doc:${doc.id}`}>
                {doc.title || fileName(doc.path)}
              </option>
            ))}
          </optgroup>
        </select>
        <select className="select select--narrow" aria-label="Order" data-testid="filter-sort" value={filter.sort} onChange={(event) => set({ sort: event.target.value as HighlightFilter['sort'] })}>
          <option value="position">By position</option>
          <option value="created">Newest first</option>
        </select>
      </div>
      <input
        className="text-input"
        type="search"
        aria-label="Filter highlights by words"
        data-testid="filter-text"
        placeholder="Filter by words…"
        title="Words in the quote, the note or a tag"
        value={filter.text}
        onChange={(event) => set({ text: event.target.value })}
      />
      <div className="hl-filters__tags">
        {filter.tagIds.map((id) => {
          const tag = byId.get(id)
          return <TagChip key={id} name={tag?.name ?? '(deleted tag)'} color={tag?.color} onRemove={() => set({ tagIds: filter.tagIds.filter((t) => t !== id) })} />
        })}
        {rows.length > 0 && (
          <select
            className="select select--ghost"
            aria-label="Filter by tag"
            data-testid="filter-tag"
            value=""
            onChange={(event) => event.target.value && set({ tagIds: [...filter.tagIds, event.target.value] })}
          >
            <option value="">{filter.tagIds.length ? '+ tag' : 'Filter by tag…'}</option>
            {rows.map((row) => (
              <option key={row.tag!.id} value={row.tag!.id}>
                {row.path} ({row.tag!.totalCount})
              </option>
            ))}
          </select>
        )}
        {filter.tagIds.length > 1 && (
          <SegmentedChoice
            label="Tags to match"
            value={filter.tagMode}
            options={[
              { value: 'all', label: 'All of them' },
              { value: 'any', label: 'Any of them' },
            ]}
            onChange={(tagMode) => set({ tagMode })}
          />
        )}
      </div>
    </div>
  )
}
