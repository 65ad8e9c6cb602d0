import { memo } from 'react'
import type { DocumentSummary } from '../../preload/contract'
import { fileName, formatDate, formatWords } from './format'
import { OptionList } from './option-list'

interface DocumentListProps {
  id: string
  documents: DocumentSummary[]
  selected: number
  openId: string | null
  onSelect(index: number): void
  onOpen(index: number): void
}

/** Memoized: typing in the search box or indexing progress must not re-render a long list. */
export const DocumentList = memo(function DocumentList({ id, documents, selected, openId, onSelect, onOpen }: DocumentListProps) {
  if (documents.length === 0) {
    return <p className="list-note">This folder has no readable documents yet.</p>
  }
  return (
    <>
      <div className="list-heading">
        <span>Documents</span>
        <span className="list-heading__count">{documents.length.toLocaleString('en-US')}</span>
      </div>
      <OptionList
        id={id}
        label="Documents"
        count={documents.length}
        selected={selected}
        current={documents.findIndex((doc) => doc.id === openId)}
        onSelect={onSelect}
        onOpen={onOpen}
        optionTestId="doc-item"
        optionKey={(index) => documents[index]!.id}
        renderOption={(index) => <DocumentItem doc={documents[index]!} />}
      />
    </>
  )
})

function DocumentItem({ doc }: { doc: DocumentSummary }) {
  return (
    <>
      <div className="option__title">{doc.title || fileName(doc.path)}</div>
      <div className="option__meta">
        {doc.date && (
          <>
            <time dateTime={doc.date}>{formatDate(doc.date)}</time>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span>{formatWords(doc.words)}</span>
        <span aria-hidden="true"> · </span>
        <span className="option__file" title={doc.path}>
          {fileName(doc.path)}
        </span>
      </div>
    </>
  )
}
